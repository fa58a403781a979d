package org.kring.expertise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The expertise fields in use, for every module that tags something with them. The
 * catalogue is small and rarely changes, so it is read once in one query and kept;
 * {@link #reload()} reads it again after a change.
 */
@Service
public class ExpertiseFields {

	static final String FALLBACK_LANGUAGE = "en";

	private final JdbcClient jdbc;

	private volatile @Nullable Catalogue catalogue;

	ExpertiseFields(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The fields in use, in their order.
	 * @param locale the reader's language
	 * @return every field not retired, named in that language or else in English; never
	 * null
	 */
	public List<FieldLabel> all(Locale locale) {
		Catalogue fields = catalogue();
		return fields.codes.stream().map((code) -> fields.label(code, locale)).toList();
	}

	/**
	 * One field in use.
	 * @param code the field's code
	 * @param locale the reader's language
	 * @return the field named in that language or else in English; empty when no field in
	 * use has this code
	 */
	public Optional<FieldLabel> find(String code, Locale locale) {
		Catalogue fields = catalogue();
		return fields.codes.contains(code) ? Optional.of(fields.label(code, locale)) : Optional.empty();
	}

	/**
	 * Whether a field is in use.
	 * @param code a code, possibly typed by someone
	 * @return true when a field with this code exists and is not retired
	 */
	public boolean exists(@Nullable String code) {
		return code != null && catalogue().codes.contains(code);
	}

	/**
	 * Forgets the catalogue read so far; the next call reads it again.
	 */
	public void reload() {
		this.catalogue = null;
	}

	private Catalogue catalogue() {
		Catalogue fields = this.catalogue;
		if (fields == null) {
			fields = read();
			this.catalogue = fields;
		}
		return fields;
	}

	private Catalogue read() {
		Map<String, Map<String, String>> names = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.code, n.language, n.name
				from expertise_field f left join expertise_field_name n on n.field_code = f.code
				where f.retired_at is null
				order by f.position, f.code""").query((row) -> {
			Map<String, String> byLanguage = names.computeIfAbsent(row.getString("code"), (code) -> new HashMap<>());
			String language = row.getString("language");
			if (language != null) {
				byLanguage.put(language, row.getString("name"));
			}
		});
		return new Catalogue(new ArrayList<>(names.keySet()), names);
	}

	private record Catalogue(List<String> codes, Map<String, Map<String, String>> names) {

		FieldLabel label(String code, Locale locale) {
			Map<String, String> byLanguage = this.names.getOrDefault(code, Map.of());
			String name = byLanguage.get(locale.getLanguage());
			if (name == null) {
				name = byLanguage.getOrDefault(FALLBACK_LANGUAGE, code);
			}
			return new FieldLabel(code, name);
		}

	}

}
