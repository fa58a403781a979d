package org.kring.expertise.web;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldLabel;
import org.kring.expertise.Qualification;
import org.kring.expertise.Qualifications;
import org.kring.expertise.internal.IsoCodes;

/**
 * The names of fields, qualifications, languages and countries in one language, for one
 * request; the catalogues come from their caches, so naming issues no statement.
 */
final class ExpertLabels {

	private final Locale locale;

	private final List<FieldLabel> fields;

	private final List<Qualification> qualifications;

	private final Map<String, String> fieldNames;

	private final Map<String, String> qualificationNames;

	private ExpertLabels(Locale locale, List<FieldLabel> fields, List<Qualification> qualifications) {
		this.locale = locale;
		this.fields = fields;
		this.qualifications = qualifications;
		this.fieldNames = fields.stream().collect(Collectors.toMap(FieldLabel::code, FieldLabel::name));
		this.qualificationNames = qualifications.stream()
			.collect(Collectors.toMap(Qualification::code, Qualification::name));
	}

	static ExpertLabels of(Locale locale, ExpertiseFields fields, Qualifications qualifications) {
		return new ExpertLabels(locale, fields.all(locale), qualifications.all(locale));
	}

	/** A retired field keeps its code as its name. */
	String field(String code) {
		return this.fieldNames.getOrDefault(code, code);
	}

	String qualification(String code) {
		return this.qualificationNames.getOrDefault(code, code);
	}

	/** Qualifications in the catalogue's order, whatever order the codes come in. */
	List<String> qualifications(List<String> codes) {
		return this.qualifications.stream()
			.filter((qualification) -> codes.contains(qualification.code()))
			.map(Qualification::name)
			.toList();
	}

	/** Names in the reader's language's alphabetical order. */
	List<String> sorted(List<String> names) {
		return names.stream().sorted(Collator.getInstance(this.locale)).toList();
	}

	String language(String code) {
		return IsoCodes.languageName(code, this.locale);
	}

	String country(String code) {
		return IsoCodes.countryName(code, this.locale);
	}

	List<IsoCodes.Named> fieldOptions() {
		return this.fields.stream().map((field) -> new IsoCodes.Named(field.code(), field.name())).toList();
	}

	List<IsoCodes.Named> qualificationOptions() {
		return this.qualifications.stream()
			.map((qualification) -> new IsoCodes.Named(qualification.code(), qualification.name()))
			.toList();
	}

}
