package org.kring.practice.web;

import java.util.List;

import org.kring.organisation.FieldName;
import org.kring.practice.internal.PracticeListing;
import org.kring.practice.internal.PracticeRow;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.FormErrors;

/**
 * The list of published practices with its filters, and for someone signed in the
 * practices they have not seen published yet.
 *
 * @param listing the page of published practices
 * @param search the filters as sent
 * @param errors the filters' problems
 * @param mine the reader's own unpublished practices, empty for a visitor
 * @param signedIn whether the reader is signed in
 * @param coordinator whether the reader evaluates practices and makes handbooks
 * @param fields the fields to filter on
 * @param countries the countries to filter on
 * @param languages the languages to filter on
 */
public record PracticeListPage(PracticeListing listing, PracticeSearch search, FormErrors errors,
		List<PracticeRow> mine, boolean signedIn, boolean coordinator, List<FieldName> fields,
		List<Countries.Country> countries, List<LanguageCodes.Named> languages) {

	/**
	 * The names of a row's fields.
	 * @param row a practice in the list
	 * @return the names, in the catalogue's order
	 */
	public String fieldNames(PracticeRow row) {
		return String.join(", ",
				this.fields.stream()
					.filter((field) -> row.fields().contains(field.code()))
					.map(FieldName::name)
					.toList());
	}

	public List<TargetGroup> targetGroups() {
		return List.of(TargetGroup.values());
	}

}
