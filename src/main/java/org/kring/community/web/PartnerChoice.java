package org.kring.community.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The partner organisations of a community, as the organisation module knows them: the
 * ones a facilitator may tick, the ones ticked, and the ones a community's page names.
 */
@Component
class PartnerChoice {

	private final OrganisationManagement organisations;

	PartnerChoice(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/**
	 * Every organisation a community may partner with, by name.
	 * @return the organisations
	 */
	List<OrganisationSummary> options() {
		return this.organisations.all();
	}

	/**
	 * The organisations ticked on the form; an id that is no organisation (any more) gets
	 * a message next to the partners.
	 * @param form the form as sent
	 * @param result where a problem is added
	 * @return the ids of the organisations ticked
	 */
	Set<UUID> chosen(CommunityForm form, BindingResult result) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String typed : (form.partners() != null) ? form.partners() : List.<String>of()) {
			try {
				ids.add(UUID.fromString(typed.strip()));
			}
			catch (IllegalArgumentException ex) {
				CommunityForms.reject(result, "partners", null, "community.partners.unknown");
				return Set.of();
			}
		}
		if (!ids.isEmpty() && this.organisations.summaries(ids).size() != ids.size()) {
			CommunityForms.reject(result, "partners", null, "community.partners.unknown");
		}
		return ids;
	}

	/**
	 * The partners to name on a community's page.
	 * @param ids the partner organisations' ids
	 * @return the organisations that still exist, by name
	 */
	List<OrganisationSummary> named(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.organisations.summaries(ids);
	}

}
