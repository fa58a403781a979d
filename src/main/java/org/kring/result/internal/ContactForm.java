package org.kring.result.internal;

import org.jspecify.annotations.Nullable;

/**
 * Whom at the authority a facilitator sends a signal to, as typed: checked by
 * {@link SignalBook}.
 *
 * @param name their name or function
 * @param email their address
 * @param language the language of their mails: {@code nl}, {@code en}, {@code fr} or
 * {@code ar}
 */
public record ContactForm(@Nullable String name, @Nullable String email, @Nullable String language) {

	/** An empty form. */
	public static final ContactForm EMPTY = new ContactForm(null, null, null);

}
