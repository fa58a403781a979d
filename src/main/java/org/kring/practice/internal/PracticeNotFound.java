package org.kring.practice.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A practice, or a file of one, that does not exist or that the person asking may not see
 * or change: the two look the same to them.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFound extends RuntimeException {

	public PracticeNotFound() {
		super("No such practice");
	}

}
