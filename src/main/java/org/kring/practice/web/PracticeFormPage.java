package org.kring.practice.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldName;
import org.kring.organisation.OrganisationSummary;
import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.PracticeFile;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.FormErrors;

/**
 * The practice template to write a new practice or change one.
 *
 * @param practiceId the practice, or null for a new one
 * @param form the template as typed
 * @param errors its problems
 * @param countries the countries to choose from
 * @param fields the expertise fields to choose from
 * @param organisations the organisations to choose from
 * @param languages the languages to choose from
 * @param files the files attached, empty for a new practice
 * @param returnComments the coordinator's comments when it was returned, else null
 * @param fileProblem the message key of a refused upload, or null
 */
public record PracticeFormPage(@Nullable UUID practiceId, PracticeForm form, FormErrors errors,
		List<Countries.Country> countries, List<FieldName> fields, List<OrganisationSummary> organisations,
		List<LanguageCodes.Named> languages, List<PracticeFile> files, @Nullable String returnComments,
		@Nullable String fileProblem) {

	/** Where the form posts to. */
	public String action() {
		return (this.practiceId != null) ? "/practices/" + this.practiceId + "/edit" : "/practices/new";
	}

	public boolean editing() {
		return this.practiceId != null;
	}

	public List<TargetGroup> targetGroups() {
		return List.of(TargetGroup.values());
	}

	public List<ContactVisibility> visibilities() {
		return List.of(ContactVisibility.values());
	}

	/**
	 * The message key of a problem, for fields whose problem a submission names
	 * differently (fields, target groups, organisation) as well as for the others.
	 * @param name the form name
	 * @return the key, or null
	 */
	public @Nullable String problem(String name) {
		return this.errors.of(name);
	}

}
