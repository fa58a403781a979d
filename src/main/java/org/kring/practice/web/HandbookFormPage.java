package org.kring.practice.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kring.organisation.FieldName;
import org.kring.practice.internal.HandbookChoice;
import org.kring.system.i18n.Countries;
import org.kring.system.web.FormErrors;

import org.springframework.validation.MapBindingResult;

/**
 * The form a coordinator puts a handbook together with: filters for the list of published
 * practices, a checkbox for each, the handbook's title, and buttons to preview it or to
 * download it as a PDF.
 *
 * @param request what was sent, with its problems
 * @param fields the fields to filter by
 * @param countries the countries to filter by
 * @param choices the published practices the filters let through
 * @param more whether the filters let through more than are listed
 */
public record HandbookFormPage(HandbookRequest request, List<FieldName> fields, List<Countries.Country> countries,
		List<HandbookChoice> choices, boolean more) {

	/**
	 * The problems of the form, for the fields the layout draws.
	 * @return the message keys by field name
	 */
	public FormErrors errors() {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "handbook");
		this.request.errors().forEach((name, key) -> result.rejectValue(name, key, key));
		return FormErrors.of(result);
	}

	public int most() {
		return HandbookRequest.MOST;
	}

	/**
	 * The chosen practices the list does not show, kept in the form as hidden fields so
	 * that filtering again does not lose them.
	 * @return their ids
	 */
	public Set<UUID> chosenElsewhere() {
		Set<UUID> listed = this.choices.stream().map(HandbookChoice::id).collect(Collectors.toSet());
		return this.request.chosen()
			.stream()
			.filter((id) -> !listed.contains(id))
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	public String countryName(HandbookChoice choice, Locale locale) {
		return (choice.country() != null) ? Countries.name(choice.country(), locale) : "";
	}

}
