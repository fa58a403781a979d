package org.kring.expertise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every entry of a catalogue, retired ones included, with its wording in every language:
 * what administrators maintain. One statement per catalogue, never cached, as it serves
 * the administrators' pages only.
 */
@Service
public class CatalogueListing {

	private final JdbcClient jdbc;

	CatalogueListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every entry, in the catalogue's order.
	 * @param kind fields or qualifications
	 * @return the entries, in use and retired
	 */
	public List<CatalogueEntry> entries(CatalogueKind kind) {
		return read(kind, null);
	}

	/**
	 * One entry, in use or retired.
	 * @param kind fields or qualifications
	 * @param code its code
	 * @return the entry, or empty when no entry has this code
	 */
	public Optional<CatalogueEntry> find(CatalogueKind kind, String code) {
		return read(kind, code).stream().findFirst();
	}

	/**
	 * Whether the catalogue offers a given kind's examples.
	 * @param kind fields or qualifications
	 * @return true for fields
	 */
	public static boolean hasExamples(CatalogueKind kind) {
		return kind.hasExamples;
	}

	private List<CatalogueEntry> read(CatalogueKind kind, @Nullable String code) {
		Map<String, Boolean> retired = new LinkedHashMap<>();
		Map<String, Map<String, Wording>> wordings = new HashMap<>();
		String examples = kind.hasExamples ? "n.examples" : "null";
		var statement = this.jdbc.sql("select c.code, c.retired_at, n.language, n.name, n.description, " + examples
				+ " as examples from " + kind.table + " c left join " + kind.nameTable + " n on n." + kind.codeColumn
				+ " = c.code" + ((code != null) ? " where c.code = :code" : "") + " order by c.position, c.code");
		if (code != null) {
			statement = statement.param("code", code);
		}
		statement.query((row) -> {
			String entry = row.getString("code");
			retired.put(entry, row.getObject("retired_at") != null);
			Map<String, Wording> byLanguage = wordings.computeIfAbsent(entry, (key) -> new HashMap<>());
			String language = row.getString("language");
			if (language != null) {
				byLanguage.put(language, new Wording(row.getString("name"), row.getString("description"),
						Catalogue.lines(row.getString("examples"))));
			}
		});
		List<CatalogueEntry> entries = new ArrayList<>();
		retired.forEach((entry, out) -> entries.add(new CatalogueEntry(entry, out, wordings.get(entry))));
		return entries;
	}

}
