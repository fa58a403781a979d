package org.kring.expertise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.CachedCatalogue;
import org.kring.expertise.internal.Catalogue;
import org.kring.expertise.internal.CatalogueKind;
import org.kring.expertise.internal.Wording;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The expertise fields in use, for every module that tags something with them. The
 * catalogue is small and rarely changes, so it is read once in one query and kept;
 * {@link #reload()} reads it again after a change.
 */
@Service
public class ExpertiseFields {

	private final CachedCatalogue catalogue;

	ExpertiseFields(JdbcClient jdbc) {
		this.catalogue = new CachedCatalogue(jdbc, CatalogueKind.FIELDS);
	}

	/**
	 * The fields in use, in their order.
	 * @param locale the reader's language
	 * @return every field not retired, named in that language or else in English; never
	 * null
	 */
	public List<FieldLabel> all(Locale locale) {
		return descriptions(locale).stream().map(FieldDescription::label).toList();
	}

	/**
	 * One field in use.
	 * @param code the field's code
	 * @param locale the reader's language
	 * @return the field named in that language or else in English; empty when no field in
	 * use has this code
	 */
	public Optional<FieldLabel> find(String code, Locale locale) {
		return description(code, locale).map(FieldDescription::label);
	}

	/**
	 * The fields in use with what each covers, in their order.
	 * @param locale the reader's language
	 * @return every field not retired, each part in that language or else in English
	 */
	public List<FieldDescription> descriptions(Locale locale) {
		Catalogue fields = this.catalogue.get();
		return fields.codes().stream().map((code) -> describe(fields, code, locale)).toList();
	}

	/**
	 * What one field in use covers.
	 * @param code the field's code
	 * @param locale the reader's language
	 * @return the field, each part in that language or else in English; empty when no
	 * field in use has this code
	 */
	public Optional<FieldDescription> description(String code, Locale locale) {
		Catalogue fields = this.catalogue.get();
		return fields.contains(code) ? Optional.of(describe(fields, code, locale)) : Optional.empty();
	}

	/**
	 * Whether a field is in use.
	 * @param code a code, possibly typed by someone
	 * @return true when a field with this code exists and is not retired
	 */
	public boolean exists(@Nullable String code) {
		return this.catalogue.get().contains(code);
	}

	/**
	 * Forgets the catalogue read so far; the next call reads it again.
	 */
	public void reload() {
		this.catalogue.reload();
	}

	private static FieldDescription describe(Catalogue fields, String code, Locale locale) {
		Wording wording = fields.in(code, locale);
		return new FieldDescription(code, wording.name(), wording.description(), wording.examples());
	}

}
