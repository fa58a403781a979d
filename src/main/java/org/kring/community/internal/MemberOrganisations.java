package org.kring.community.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.kring.community.MemberDetails;
import org.kring.organisation.OrganisationManagement;

import org.springframework.stereotype.Component;

/**
 * The organisation each member says they work at, as the organisation module knows it,
 * for the members list.
 */
@Component
class MemberOrganisations implements MemberDetails {

	private final OrganisationManagement organisations;

	MemberOrganisations(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Override
	public Kind kind() {
		return Kind.ORGANISATION;
	}

	@Override
	public Map<UUID, String> of(Collection<UUID> personIds) {
		Map<UUID, String> names = new HashMap<>();
		if (!personIds.isEmpty()) {
			this.organisations.affiliationsOf(personIds)
				.forEach((person, organisation) -> names.put(person, organisation.name()));
		}
		return names;
	}

}
