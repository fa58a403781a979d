package org.kring.meeting.web;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.meeting.internal.Registration;
import org.springframework.stereotype.Component;

/**
 * The names lists of registrations show: a person's display name, read for the whole list
 * in one query, or the name or nickname given when registering.
 */
@Component
class RegistrationNames {

	private final AccountManagement accounts;

	RegistrationNames(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * The names of some registrations.
	 * @param registrations the registrations
	 * @return each registration's name by its id
	 */
	Map<UUID, String> of(Collection<Registration> registrations) {
		Map<UUID, String> people = this.accounts.displayNamesOf(
				registrations.stream().map(Registration::personId).filter(Objects::nonNull).distinct().toList());
		Map<UUID, String> names = new java.util.HashMap<>();
		for (Registration registration : registrations) {
			String name = (registration.personId() != null) ? people.get(registration.personId()) : registration.name();
			names.put(registration.id(), (name != null) ? name : Registration.ERASED_NAME);
		}
		return names;
	}

}
