package org.kring.result.internal;

import java.util.Map;

/**
 * The rules refuse a tool or a legislation test as written: the message keys say why, by
 * the field where to show them. Nothing was changed.
 */
public class ToolboxRefused extends RuntimeException {

	private final Map<String, String> problems;

	public ToolboxRefused(Map<String, String> problems) {
		super(String.join(", ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	public ToolboxRefused(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	/**
	 * The problems, as message keys by field name.
	 * @return at least one problem
	 */
	public Map<String, String> problems() {
		return this.problems;
	}

}
