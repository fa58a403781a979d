package org.kring.expertise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.account.PersonalData;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nominations about a person: as a person, or as their address before they had an
 * account. Erasure deletes these nominations with their fields and steps; a candidate who
 * leaves the platform leaves no trace in any recruitment pipeline. The ids of nominators
 * in other people's nominations stay, shown as a former member once they are erased.
 */
@Component
class NominationPersonalData implements PersonalData {

	private final Nominations nominations;

	private final AccountManagement accounts;

	NominationPersonalData(Nominations nominations, AccountManagement accounts) {
		this.nominations = nominations;
		this.accounts = accounts;
	}

	@Override
	public String section() {
		return "nominations";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<Object> exported = new ArrayList<>();
		for (Nomination nomination : about(personId)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("communityId", nomination.communityId().toString());
			row.put("state", nomination.state().name());
			row.put("fields", List.copyOf(nomination.fields()));
			row.put("steps",
					nomination.steps()
						.stream()
						.map((step) -> Map.of("state", step.state().name(), "at", step.at().toString()))
						.toList());
			exported.add(row);
		}
		return exported.isEmpty() ? Map.of() : Map.of("nominations", exported);
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.nominations.deleteAll(about(personId));
	}

	private Set<Nomination> about(UUID personId) {
		Set<Nomination> found = new LinkedHashSet<>(this.nominations.findByPersonId(personId));
		String email = this.accounts.find(personId).map(PersonSummary::email).orElse(null);
		if (email != null) {
			found.addAll(this.nominations.findByPersonIdOrEmail(personId, email));
		}
		return found;
	}

}
