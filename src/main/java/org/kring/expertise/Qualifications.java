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
 * The qualifications in use that experts may declare. Like {@link ExpertiseFields}, the
 * list is read once in one query and kept; {@link #reload()} reads it again after a
 * change.
 */
@Service
public class Qualifications {

	private final CachedCatalogue catalogue;

	Qualifications(JdbcClient jdbc) {
		this.catalogue = new CachedCatalogue(jdbc, CatalogueKind.QUALIFICATIONS);
	}

	/**
	 * The qualifications in use, in their order.
	 * @param locale the reader's language
	 * @return every qualification not retired, in that language or else in English
	 */
	public List<Qualification> all(Locale locale) {
		Catalogue qualifications = this.catalogue.get();
		return qualifications.codes().stream().map((code) -> describe(qualifications, code, locale)).toList();
	}

	/**
	 * One qualification in use.
	 * @param code its code
	 * @param locale the reader's language
	 * @return the qualification in that language or else in English; empty when none in
	 * use has this code
	 */
	public Optional<Qualification> find(String code, Locale locale) {
		Catalogue qualifications = this.catalogue.get();
		return qualifications.contains(code) ? Optional.of(describe(qualifications, code, locale)) : Optional.empty();
	}

	/**
	 * Whether a qualification is in use.
	 * @param code a code, possibly typed by someone
	 * @return true when a qualification with this code exists and is not retired
	 */
	public boolean exists(@Nullable String code) {
		return this.catalogue.get().contains(code);
	}

	/**
	 * Forgets the list read so far; the next call reads it again.
	 */
	public void reload() {
		this.catalogue.reload();
	}

	private static Qualification describe(Catalogue qualifications, String code, Locale locale) {
		Wording wording = qualifications.in(code, locale);
		return new Qualification(code, wording.name(), wording.description());
	}

}
