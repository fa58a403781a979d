package org.kring.result.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks of typed text shared by the toolbox and the legislation register: stripped,
 * blank taken as absent, too long noted as a problem of its field.
 */
final class Texts {

	private Texts() {
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A text that must be there: its problem is {@code key + ".required"} or
	 * {@code key + ".long"}.
	 */
	static String required(Map<String, String> problems, String field, @Nullable String text, int max, String key) {
		String clean = blankToNull(text);
		if (clean == null) {
			problems.put(field, key + ".required");
			return "";
		}
		if (clean.length() > max) {
			problems.put(field, key + ".long");
		}
		return clean;
	}

	static @Nullable String optional(Map<String, String> problems, String field, @Nullable String text, int max,
			String tooLong) {
		String clean = blankToNull(text);
		if (clean != null && clean.length() > max) {
			problems.put(field, tooLong);
		}
		return clean;
	}

}
