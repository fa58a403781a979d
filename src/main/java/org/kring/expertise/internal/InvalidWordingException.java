package org.kring.expertise.internal;

/**
 * Thrown when a name is blank or has no letter or digit to make a code from, when a text
 * is too long, or when a language is not one Kring offers.
 */
public class InvalidWordingException extends IllegalArgumentException {

	public InvalidWordingException(String message) {
		super(message);
	}

}
