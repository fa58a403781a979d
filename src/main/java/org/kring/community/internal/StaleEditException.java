package org.kring.community.internal;

/**
 * Someone else saved the community after the form being sent was opened; saving it would
 * undo their change unseen.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String slug) {
		super("Community " + slug + " changed since the form was opened");
	}

}
