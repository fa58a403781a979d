package org.kring.account;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.internal.Person;

/**
 * What other modules may know of a person with an account.
 *
 * @param id the person's id, stable for ever, also after erasure
 * @param displayName the name to show; {@link AccountManagement#FORMER_MEMBER} once
 * erased
 * @param email the verified e-mail address; null while unverified and after erasure
 * @param preferredLanguage the interface language the person chose; null when they left
 * it to their browser
 * @param administrator whether the person administers the instance
 * @param coordinator whether the person coordinates communities for a partner
 * organisation
 * @param erased whether the person deleted their account
 */
public record PersonSummary(UUID id, String displayName, @Nullable String email, @Nullable Locale preferredLanguage,
		boolean administrator, boolean coordinator, boolean erased) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.id(), person.displayName(), person.emailVerified() ? person.email() : null,
				person.preferredLanguage(), person.administrator(), person.coordinator(), person.erased());
	}

}
