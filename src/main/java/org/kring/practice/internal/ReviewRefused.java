package org.kring.practice.internal;

import java.util.Map;

/**
 * Input the evaluation refuses, with a message key per field (the field {@code _form} for
 * the form as a whole).
 */
public class ReviewRefused extends RuntimeException {

	private final Map<String, String> problems;

	public ReviewRefused(Map<String, String> problems) {
		super("Refused: " + problems);
		this.problems = Map.copyOf(problems);
	}

	public ReviewRefused(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	/** Each refused field with the message key that says why. */
	public Map<String, String> problems() {
		return this.problems;
	}

}
