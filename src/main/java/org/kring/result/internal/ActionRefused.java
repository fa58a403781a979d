package org.kring.result.internal;

import java.util.Map;

/**
 * The agenda's rules refuse a change to an action, such as a due date before the action
 * was made or a percentage outside 0–100: nothing was changed. Each problem is a message
 * key by the name of the form field it belongs next to.
 */
public class ActionRefused extends RuntimeException {

	private final Map<String, String> problems;

	ActionRefused(Map<String, String> problems) {
		super(String.join(", ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	ActionRefused(String field, String key) {
		this(Map.of(field, key));
	}

	/**
	 * The problems, as message keys by field name.
	 * @return at least one problem
	 */
	public Map<String, String> problems() {
		return this.problems;
	}

}
