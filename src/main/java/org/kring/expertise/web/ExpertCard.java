package org.kring.expertise.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.ExpertRow;

/**
 * An expert as a result of the finder shows them, named in the reader's language.
 *
 * @param id the person
 * @param name their display name
 * @param path the address of their profile
 * @param organisation the organisation they work at, or null
 * @param fields their fields with years, most years first, and whether each is
 * preselected for a nomination
 * @param qualifications the names of their qualifications
 * @param languages the names of the languages they speak
 * @param countries the names of their countries of experience
 * @param availability the message keys of the kinds of work they are available for
 * @param met how many of the requested criteria they meet
 */
public record ExpertCard(UUID id, String name, String path, ExpertRow.@Nullable Organisation organisation,
		List<Field> fields, List<String> qualifications, List<String> languages, List<String> countries,
		List<String> availability, int met) {

	/**
	 * One of an expert's fields.
	 *
	 * @param code the field's code
	 * @param name its name in the reader's language
	 * @param years the expert's years of experience in it
	 * @param preselected whether the nomination form ticks it
	 */
	public record Field(String code, String name, int years, boolean preselected) {
	}

}
