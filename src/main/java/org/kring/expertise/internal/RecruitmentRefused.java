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

	public String key() {
		return this.key;
	}

	public @Nullable String field() {
		return this.field;
	}

}
