package org.kring.meeting.internal;

import java.util.Map;

/**
 * An agenda action that the rules refuse, such as supporting a theme twice or scheduling
 * a theme onto a meeting that already has one: nothing was changed. Each problem is a
 * message key by the name of the form field it belongs next to.
 */
public class ThemeRefused extends RuntimeException {

	private final Map<String, String> problems;

	ThemeRefused(Map<String, String> problems) {
		super(String.join(", ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	ThemeRefused(String field, String key) {
		this(Map.of(field, key));
	}

	/**
	 * The problems, as message keys by field name.
	 * @return at least one problem
	 */
	public Map<String, String> problems() {
		return this.problems;
	}

	/**
	 * The message key of the first problem, for a test or a page with one field.
	 * @return the key
	 */
	public String key() {
		return this.problems.values().iterator().next();
	}

}
