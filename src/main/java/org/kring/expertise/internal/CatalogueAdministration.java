package org.kring.expertise.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.Qualifications;
import org.kring.system.web.Languages;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What administrators do with the expertise fields and qualifications: add one, word it
 * in each language, retire it and bring it back. Nothing is ever deleted, because
 * profiles, organisations and content keep referring to a retired code. The caller checks
 * that the person is an administrator; every change is read again by the catalogues once
 * committed.
 */
@Service
public class CatalogueAdministration {

	static final int CODE_LENGTH = 40;

	/** The longest text allowed. */
	public static final int NAME_LENGTH = 120;

	/** The longest text allowed. */
	public static final int DESCRIPTION_LENGTH = 1000;

	/** The longest text allowed. */
	public static final int EXAMPLES_LENGTH = 2000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExpertiseFields fields;

	private final Qualifications qualifications;

	CatalogueAdministration(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ExpertiseFields fields,
			Qualifications qualifications) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.fields = fields;
		this.qualifications = qualifications;
	}

	/**
	 * Adds an entry at the end of a catalogue, its code made from its English name.
	 * @param kind fields or qualifications
	 * @param english how it reads in English
	 * @return the new code, such as {@code mental-health} for "Mental health"
	 * @throws InvalidWordingException for a blank name or a text too long
	 * @throws DuplicateCodeException when an entry, retired or not, has that code already
	 */
	public String add(CatalogueKind kind, Wording english) {
		Wording wording = checked(kind, english);
		String code = codeOf(wording.name());
		try {
			this.transactions.executeWithoutResult((status) -> {
				if (exists(kind, code)) {
					throw new DuplicateCodeException(kind, code);
				}
				this.jdbc
					.sql("insert into " + kind.table
							+ " (code, position) select :code, coalesce(max(position), 0) + 1 from " + kind.table)
					.param("code", code)
					.update();
				insertWording(kind, code, Catalogue.FALLBACK_LANGUAGE, wording);
			});
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateCodeException(kind, code);
		}
		reload(kind);
		return code;
	}

	/**
	 * Words an entry in one language, replacing what was written there; the code stays.
	 * @param kind fields or qualifications
	 * @param code the entry's code
	 * @param language one of Kring's languages
	 * @param wording how it reads in that language
	 * @throws UnknownCodeException when no entry has this code
	 * @throws InvalidWordingException for a blank name, a text too long or a language
	 * Kring does not offer
	 */
	public void rename(CatalogueKind kind, String code, Locale language, Wording wording) {
		Wording checked = checked(kind, wording);
		if (!Languages.isSupported(language)) {
			throw new InvalidWordingException("Kring does not offer the language '" + language + "'");
		}
		try {
			word(kind, code, language.getLanguage(), checked);
		}
		catch (DuplicateKeyException ex) {
			// Another administrator wrote this language first: now it can be replaced.
			word(kind, code, language.getLanguage(), checked);
		}
		reload(kind);
	}

	private void word(CatalogueKind kind, String code, String tag, Wording checked) {
		this.transactions.executeWithoutResult((status) -> {
			if (!exists(kind, code)) {
				throw new UnknownCodeException(kind, code);
			}
			int updated = this.jdbc
				.sql("update " + kind.nameTable + " set name = :name, description = :description"
						+ (kind.hasExamples ? ", examples = :examples" : "") + " where " + kind.codeColumn
						+ " = :code and language = :language")
				.params(wordingParameters(checked))
				.param("code", code)
				.param("language", tag)
				.update();
			if (updated == 0) {
				insertWording(kind, code, tag, checked);
			}
		});
	}

	/**
	 * Takes an entry out of use: it is no longer offered, while what refers to it keeps
	 * its code. Retiring a retired entry keeps the date it was first retired.
	 * @param kind fields or qualifications
	 * @param code the entry's code
	 * @throws UnknownCodeException when no entry has this code
	 */
	public void retire(CatalogueKind kind, String code) {
		setRetired(kind, code, OffsetDateTime.now(this.clock));
	}

	/**
	 * Brings a retired entry back into use.
	 * @param kind fields or qualifications
	 * @param code the entry's code
	 * @throws UnknownCodeException when no entry has this code
	 */
	public void reinstate(CatalogueKind kind, String code) {
		setRetired(kind, code, null);
	}

	private void setRetired(CatalogueKind kind, String code, @Nullable OffsetDateTime retiredAt) {
		int updated = (retiredAt != null)
				? this.jdbc
					.sql("update " + kind.table
							+ " set retired_at = :retiredAt where code = :code and retired_at is null")
					.param("retiredAt", retiredAt)
					.param("code", code)
					.update()
				: this.jdbc
					.sql("update " + kind.table
							+ " set retired_at = null where code = :code and retired_at is not null")
					.param("code", code)
					.update();
		if (updated == 0 && !exists(kind, code)) {
			throw new UnknownCodeException(kind, code);
		}
		reload(kind);
	}

	/**
	 * The code for an English name: lower case ASCII letters and digits joined by
	 * hyphens.
	 * @param name an English name
	 * @return its code
	 * @throws InvalidWordingException when the name has no letter or digit
	 */
	static String codeOf(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-");
		String code = trimHyphens(plain);
		if (code.length() > CODE_LENGTH) {
			// Cut between words, so that a code does not end in half a word.
			int end = (code.charAt(CODE_LENGTH) == '-') ? CODE_LENGTH : code.lastIndexOf('-', CODE_LENGTH);
			code = trimHyphens(code.substring(0, (end > 0) ? end : CODE_LENGTH));
		}
		if (code.isEmpty()) {
			throw new InvalidWordingException("The name '" + name + "' has no letter or digit to make a code from");
		}
		return code;
	}

	private static String trimHyphens(String code) {
		return code.replaceAll("^-+|-+$", "");
	}

	private static Wording checked(CatalogueKind kind, Wording wording) {
		String name = wording.name().strip();
		if (name.isEmpty()) {
			throw new InvalidWordingException("A name may not be blank");
		}
		String description = (wording.description() == null || wording.description().isBlank()) ? null
				: wording.description().strip();
		List<String> examples = wording.examples()
			.stream()
			.map(String::strip)
			.filter((example) -> !example.isEmpty())
			.toList();
		if (!kind.hasExamples && !examples.isEmpty()) {
			throw new InvalidWordingException("A " + kind.noun + " has no examples");
		}
		if (examples.stream().anyMatch((example) -> example.lines().count() > 1)) {
			throw new InvalidWordingException("An example is one line");
		}
		Wording checked = new Wording(name, description, examples);
		tooLong("name", name, NAME_LENGTH);
		tooLong("description", description, DESCRIPTION_LENGTH);
		tooLong("examples", joined(checked), EXAMPLES_LENGTH);
		return checked;
	}

	private static void tooLong(String what, @Nullable String text, int limit) {
		if (text != null && text.length() > limit) {
			throw new InvalidWordingException("The " + what + " is longer than " + limit + " characters");
		}
	}

	private static @Nullable String joined(Wording wording) {
		return wording.examples().isEmpty() ? null : String.join(Catalogue.EXAMPLE_SEPARATOR, wording.examples());
	}

	private static Map<String, @Nullable Object> wordingParameters(Wording wording) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("name", wording.name());
		parameters.put("description", wording.description());
		parameters.put("examples", joined(wording));
		return parameters;
	}

	private void insertWording(CatalogueKind kind, String code, String language, Wording wording) {
		this.jdbc
			.sql("insert into " + kind.nameTable + " (" + kind.codeColumn + ", language, name, description"
					+ (kind.hasExamples ? ", examples" : "") + ") values (:code, :language, :name, :description"
					+ (kind.hasExamples ? ", :examples" : "") + ")")
			.params(wordingParameters(wording))
			.param("code", code)
			.param("language", language)
			.update();
	}

	private boolean exists(CatalogueKind kind, String code) {
		return this.jdbc.sql("select count(*) from " + kind.table + " where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
	}

	private void reload(CatalogueKind kind) {
		switch (kind) {
			case FIELDS -> this.fields.reload();
			case QUALIFICATIONS -> this.qualifications.reload();
		}
	}

}
