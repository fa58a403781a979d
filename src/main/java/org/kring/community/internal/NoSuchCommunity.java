package org.kring.community.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No community at this address, or none the person may know of: a secret community
 * answers as if it did not exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchCommunity extends RuntimeException {

	public NoSuchCommunity() {
		super("No such community");
	}

}
