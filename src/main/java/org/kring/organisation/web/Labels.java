package org.kring.organisation.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.FieldName;
import org.kring.system.i18n.Countries;

/**
 * The names of countries and expertise fields in the reader's language, for one request.
 */
final class Labels {

	private final Locale locale;

	private final List<FieldName> fields;

	private final Map<String, String> fieldNames;

	private Labels(Locale locale, List<FieldName> fields) {
		this.locale = locale;
		this.fields = fields;
		this.fieldNames = fields.stream().collect(Collectors.toMap(FieldName::code, FieldName::name));
	}

	static Labels of(Locale locale, FieldVocabulary expertise) {
		return new Labels(locale, expertise.all(locale));
	}

	String country(String code) {
		return Countries.name(code, this.locale);
	}

	String field(String code) {
		return this.fieldNames.getOrDefault(code, code);
	}

	/**
	 * The names of fields in the catalogue's order, whatever order the codes come in.
	 */
	List<String> fields(List<String> codes) {
		return this.fields.stream().filter((field) -> codes.contains(field.code())).map(FieldName::name).toList();
	}

	List<FieldName> fields() {
		return this.fields;
	}

	List<Countries.Country> countries(List<String> codes) {
		return codes.stream()
			.map((code) -> new Countries.Country(code, country(code)))
			.sorted(java.util.Comparator.comparing(Countries.Country::name,
					java.text.Collator.getInstance(this.locale)))
			.toList();
	}

}
