package org.kring.expertise.internal;

import org.jspecify.annotations.Nullable;

/**
 * A recruitment step the rules do not allow now, such as nominating someone who is
 * already an active expert or inviting a candidate who declined. Carries the message that
 * tells the person why, as a key of the {@code recruitment} bundle.
 */
public class RecruitmentRefused extends RuntimeException {

	private final String key;

	private final @Nullable String field;

	private java.util.@Nullable Map<String, String> problems;

	public RecruitmentRefused(String key) {
		this(key, null);
	}

	/**
	 * A refusal because of one field of a form.
	 * @param key the message key
	 * @param field the form field at fault, or null when the whole step is refused
	 */
	public RecruitmentRefused(String key, @Nullable String field) {
		super(key);
		this.key = key;
		this.field = field;
	}

	/**
	 * A refusal because of several fields of a form.
	 * @param problems message keys by form field, at least one
	 */
	public RecruitmentRefused(java.util.Map<String, String> problems) {
		this(problems.values().iterator().next(), problems.keySet().iterator().next());
		this.problems = java.util.Map.copyOf(problems);
	}

	/**
	 * The problems by form field.
	 * @return message keys by field name; empty when the whole step is refused
	 */
	public java.util.Map<String, String> problems() {
		if (this.problems != null) {
			return this.problems;
		}
		return (this.field != null) ? java.util.Map.of(this.field, this.key) : java.util.Map.of();
	}

	public String key() {
		return this.key;
	}

	public @Nullable String field() {
		return this.field;
	}

}
