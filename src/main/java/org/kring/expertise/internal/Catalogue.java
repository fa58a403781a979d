package org.kring.expertise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The entries of one catalogue not retired, in their order, with their wording in every
 * language written so far.
 *
 * @param codes the codes in order
 * @param wordings per code, the wording per language
 */
public record Catalogue(List<String> codes, Map<String, Map<String, Wording>> wordings) {

	/** The language every entry is written in, read when the reader's one is missing. */
	public static final String FALLBACK_LANGUAGE = "en";

	static final String EXAMPLE_SEPARATOR = "\n";

	/**
	 * Whether an entry is in use.
	 * @param code a code, possibly typed by someone
	 * @return true when the code names an entry not retired
	 */
	public boolean contains(@Nullable String code) {
		return code != null && this.wordings.containsKey(code);
	}

	/**
	 * An entry in the reader's language; what is missing there is taken from English, and
	 * a missing name is the code itself.
	 * @param code the code of an entry in use
	 * @param locale the reader's language
	 * @return the wording
	 */
	public Wording in(String code, Locale locale) {
		Map<String, Wording> byLanguage = this.wordings.getOrDefault(code, Map.of());
		Wording own = byLanguage.get(locale.getLanguage());
		Wording english = byLanguage.get(FALLBACK_LANGUAGE);
		String name = (own != null) ? own.name() : (english != null) ? english.name() : code;
		String description = (own != null && own.description() != null) ? own.description()
				: (english != null) ? english.description() : null;
		List<String> examples = (own != null && !own.examples().isEmpty()) ? own.examples()
				: (english != null) ? english.examples() : List.of();
		return new Wording(name, description, examples);
	}

	static Catalogue read(JdbcClient jdbc, CatalogueKind kind) {
		Map<String, Map<String, Wording>> wordings = new LinkedHashMap<>();
		String examples = kind.hasExamples ? "n.examples" : "null";
		jdbc.sql("select c.code, n.language, n.name, n.description, " + examples + " as examples from " + kind.table
				+ " c left join " + kind.nameTable + " n on n." + kind.codeColumn + " = c.code"
				+ " where c.retired_at is null order by c.position, c.code")
			.query((row) -> {
				Map<String, Wording> byLanguage = wordings.computeIfAbsent(row.getString("code"),
						(code) -> new HashMap<>());
				String language = row.getString("language");
				if (language != null) {
					byLanguage.put(language, new Wording(row.getString("name"), row.getString("description"),
							lines(row.getString("examples"))));
				}
			});
		return new Catalogue(new ArrayList<>(wordings.keySet()), wordings);
	}

	static List<String> lines(@Nullable String examples) {
		return (examples == null) ? List.of()
				: examples.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
