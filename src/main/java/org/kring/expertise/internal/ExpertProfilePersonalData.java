package org.kring.expertise.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;
import org.kring.expertise.ExpertProfile;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the expertise module holds about a person as an expert: their profile, whole.
 */
@Component
class ExpertProfilePersonalData implements PersonalData {

	static final String SECTION = "expertProfile";

	private final ProfileStore store;

	private final OrganisationManagement organisations;

	ExpertProfilePersonalData(ProfileStore store, OrganisationManagement organisations) {
		this.store = store;
		this.organisations = organisations;
	}

	@Override
	public String section() {
		return SECTION;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		return this.store.find(personId).map(this::export).orElse(Map.of());
	}

	private Map<String, Object> export(ExpertProfile profile) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("visibility", profile.visibility().name());
		if (profile.organisationId() != null) {
			this.organisations.summaries(List.of(profile.organisationId()))
				.stream()
				.findFirst()
				.map(OrganisationSummary::name)
				.ifPresent((name) -> data.put("organisation", name));
		}
		if (profile.biography() != null) {
			data.put("biography", profile.biography());
		}
		data.put("fields", profile.fields().stream().map((field) -> {
			Map<String, Object> experience = new LinkedHashMap<>();
			experience.put("field", field.fieldCode());
			experience.put("years", field.years());
			if (field.note() != null) {
				experience.put("note", field.note());
			}
			return experience;
		}).toList());
		data.put("qualifications", profile.qualifications());
		data.put("languages", profile.languages());
		data.put("countries", profile.countries());
		data.put("availability", profile.availability().stream().map(Enum::name).sorted().toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.store.delete(personId);
	}

}
