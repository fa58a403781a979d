package org.kring.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.PersonalData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the account itself holds about a person: name, address, language, role and dates.
 * Never the password hash, never the hashes of the links sent by mail.
 */
@Component
class AccountPersonalData implements PersonalData {

	static final String SECTION = "account";

	private final People people;

	private final AccountTokenRepository tokens;

	private final PendingEmailChanges pendingEmailChanges;

	private final Clock clock;

	AccountPersonalData(People people, AccountTokenRepository tokens, PendingEmailChanges pendingEmailChanges,
			Clock clock) {
		this.people = people;
		this.tokens = tokens;
		this.pendingEmailChanges = pendingEmailChanges;
		this.clock = clock;
	}

	@Override
	public String section() {
		return SECTION;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		Map<String, Object> data = new LinkedHashMap<>();
		this.people.findById(personId).ifPresent((person) -> {
			data.put("id", person.id().toString());
			data.put("displayName", person.displayName());
			data.put("email", person.email());
			data.put("emailVerifiedAt", text(person.emailVerifiedAt()));
			Locale language = person.preferredLanguage();
			data.put("preferredLanguage", (language != null) ? language.toLanguageTag() : null);
			data.put("createdAt", text(person.createdAt()));
			data.put("administrator", person.administrator());
			data.put("hasPassword", person.hasPassword());
			List<String> pending = this.pendingEmailChanges.of(personId, this.clock.instant());
			data.put("pendingEmailChanges", pending);
		});
		return data;
	}

	/**
	 * Erases the account: the person stays as a "former member" without name, address,
	 * password or language, and every link sent to them is deleted.
	 */
	@Override
	@Transactional
	public void erase(UUID personId) {
		this.people.findById(personId).ifPresent((person) -> person.erase(this.clock.instant()));
		this.tokens.deleteAllOf(personId);
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
