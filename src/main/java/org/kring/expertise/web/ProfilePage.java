package org.kring.expertise.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.Availability;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.i18n.LanguageCodes;
import org.kring.organisation.OrganisationSummary;

/**
 * An expert profile as a viewer who may see it reads it.
 *
 * @param name the expert's display name
 * @param own whether the viewer is the expert
 * @param visibility who may see the profile, shown to its owner
 * @param fields the fields with years and notes, most years first
 * @param qualifications the qualifications, by name in the reader's language
 * @param languages the languages spoken, named in the reader's language
 * @param countries the countries of experience, named in the reader's language
 * @param organisation the organisation, or null for an independent expert
 * @param biography the biography, or null
 * @param availability the kinds of work they are available for
 * @param askPath where the reader asks this expert for input, null when they may not
 */
public record ProfilePage(String name, boolean own, ProfileVisibility visibility, List<Field> fields,
		List<String> qualifications, List<LanguageCodes.Named> languages, List<String> countries,
		@Nullable OrganisationSummary organisation, @Nullable String biography, List<Availability> availability,
		@Nullable String askPath) {

	/**
	 * Experience in one field.
	 *
	 * @param name the field's name in the reader's language
	 * @param years years of experience
	 * @param note the note, or null
	 */
	public record Field(String name, int years, @Nullable String note) {
	}

}
