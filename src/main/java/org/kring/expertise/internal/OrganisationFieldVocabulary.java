package org.kring.expertise.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.ExpertiseFields;
import org.kring.organisation.FieldName;
import org.kring.organisation.FieldVocabulary;

import org.springframework.stereotype.Component;

/**
 * The expertise catalogue's fields, as the organisation module tags organisations with
 * them.
 */
@Component
class OrganisationFieldVocabulary implements FieldVocabulary {

	private final ExpertiseFields fields;

	OrganisationFieldVocabulary(ExpertiseFields fields) {
		this.fields = fields;
	}

	@Override
	public List<FieldName> all(Locale locale) {
		return this.fields.all(locale).stream().map((field) -> new FieldName(field.code(), field.name())).toList();
	}

	@Override
	public boolean exists(@Nullable String code) {
		return this.fields.exists(code);
	}

}
