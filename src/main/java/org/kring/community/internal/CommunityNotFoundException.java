package org.kring.community.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No community by that address for this reader: either none exists, or it is secret (or a
 * proposal) and the reader may not know of it. Both answer the same 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CommunityNotFoundException extends RuntimeException {

	public CommunityNotFoundException(String slug) {
		super("No community " + slug + " for this reader");
	}

}
