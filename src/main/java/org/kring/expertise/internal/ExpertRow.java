package org.kring.expertise.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.Availability;

/**
 * An expert as the finder and the API show them: codes only, for the caller to name in
 * the reader's language. Never an e-mail address.
 *
 * @param id the person
 * @param name their display name
 * @param organisation the organisation they work at, or null when they named none or it
 * no longer exists
 * @param fields their expertise fields with their years, most years first
 * @param qualifications their qualification codes
 * @param languages the ISO 639 codes of the languages they speak, sorted
 * @param countries the ISO 3166 codes of their countries of experience, sorted
 * @param availability the kinds of work they are available for, in the enum's order
 * @param met how many of the requested criteria they meet
 */
public record ExpertRow(UUID id, String name, @Nullable Organisation organisation, List<FieldYears> fields,
		List<String> qualifications, List<String> languages, List<String> countries, List<Availability> availability,
		int met) {

	public ExpertRow {
		fields = List.copyOf(fields);
		qualifications = List.copyOf(qualifications);
		languages = List.copyOf(languages);
		countries = List.copyOf(countries);
		availability = List.copyOf(availability);
	}

	/**
	 * @return the address of the expert's profile page
	 */
	public String path() {
		return "/experts/" + this.id;
	}

	/**
	 * An expertise field with the years of experience in it.
	 *
	 * @param code the field's code
	 * @param years the years
	 */
	public record FieldYears(String code, int years) {
	}

	/**
	 * The organisation an expert works at.
	 *
	 * @param id its id
	 * @param slug its address part
	 * @param name its name
	 */
	public record Organisation(UUID id, String slug, String name) {

		public String path() {
			return "/organisations/" + this.slug;
		}

	}

}
