package org.kring.library.internal;

import java.util.Map;

/**
 * Input the library refuses, with a message key for each field it concerns.
 */
public class LibraryRefused extends RuntimeException {

	private final Map<String, String> problems;

	/**
	 * A refusal.
	 * @param problems message keys by field
	 */
	public LibraryRefused(Map<String, String> problems) {
		super("Refused: " + problems);
		this.problems = Map.copyOf(problems);
	}

	/**
	 * One field's problem.
	 * @param field the field
	 * @param key the message key
	 * @return the refusal
	 */
	public static LibraryRefused of(String field, String key) {
		return new LibraryRefused(Map.of(field, key));
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
