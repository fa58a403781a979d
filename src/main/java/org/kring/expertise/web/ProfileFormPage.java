package org.kring.expertise.web;

import java.util.List;
import java.util.UUID;

import org.kring.expertise.Availability;
import org.kring.expertise.FieldDescription;
import org.kring.expertise.OpenRequest;
import org.kring.expertise.ProfileVisibility;
import org.kring.expertise.Qualification;
import org.kring.system.i18n.LanguageCodes;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.web.FormErrors;

/**
 * The page on which a person edits their own expert profile.
 *
 * @param personId the person, for the link to their profile as others see it
 * @param exists whether they have a saved profile
 * @param form the form, as stored or as typed
 * @param errors the problems of the form
 * @param fields the expertise fields in use
 * @param qualifications the qualifications in use
 * @param commonLanguages the languages offered to tick, named in the reader's language
 * @param otherLanguages the languages recognised among the codes typed, named so
 * @param countries the countries recognised among the codes typed, named so
 * @param organisations the organisations to choose from
 * @param openRequests the requests for input waiting for this expert
 */
public record ProfileFormPage(UUID personId, boolean exists, ExpertProfileForm form, FormErrors errors,
		List<FieldDescription> fields, List<Qualification> qualifications, List<LanguageCodes.Named> commonLanguages,
		List<LanguageCodes.Named> otherLanguages, List<String> countries, List<OrganisationSummary> organisations,
		List<OpenRequest> openRequests) {

	public List<Availability> kindsOfWork() {
		return List.of(Availability.values());
	}

	public List<ProfileVisibility> visibilities() {
		return List.of(ProfileVisibility.values());
	}

	public String profilePath() {
		return "/experts/" + this.personId;
	}

}
