package org.kring.expertise.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The nomination form as typed: an address, or a person chosen in the expert finder.
 *
 * @param email the candidate's address
 * @param person the id of the candidate chosen in the finder, or empty
 * @param field the chosen field codes
 * @param organisation the id of the partner organisation, or empty for the candidate's
 * own
 * @param note what the nominator wants the other nominators to know
 */
public record NominateForm(@Nullable String email, @Nullable String person, @Nullable List<String> field,
		@Nullable String organisation, @Nullable String note) {

	static NominateForm empty(@Nullable UUID person) {
		return new NominateForm("", (person != null) ? person.toString() : null, List.of(), null, "");
	}

	public boolean chose(String code) {
		return this.field != null && this.field.contains(code);
	}

	public boolean chose(UUID organisationId) {
		return organisationId.toString().equals(this.organisation);
	}

	@Nullable UUID personId() {
		return uuid(this.person);
	}

	@Nullable UUID organisationId() {
		return uuid(this.organisation);
	}

	static @Nullable UUID uuid(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
