package org.kring.expertise.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that does not exist, or that the person asking may not see: the two look the
 * same from outside.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFoundException extends RuntimeException {

	public RequestNotFoundException() {
		super("No such request");
	}

}
