package org.kring.community.internal;

/**
 * Another community already uses the slug asked for.
 */
public class SlugTakenException extends RuntimeException {

	public SlugTakenException(String slug) {
		super("Another community uses " + slug);
	}

}
