package org.kring.result.internal;

import java.util.Map;

/**
 * What someone typed for a signal, its sending, its answer or its follow-up has problems:
 * a message key for each field that has one. Nothing was changed.
 */
public class SignalInvalid extends RuntimeException {

	private final Map<String, String> problems;

	SignalInvalid(Map<String, String> problems) {
		super("Invalid: " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	/**
	 * The problems.
	 * @return message keys by field name, at least one
	 */
	public Map<String, String> problems() {
		return this.problems;
	}

}
