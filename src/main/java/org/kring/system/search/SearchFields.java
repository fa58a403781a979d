package org.kring.system.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The names of the fields every searchable thing's index entry has, for the binder that
 * writes them and the search that reads them. Title, summary and body are kept as typed,
 * for what a result shows; the title and the text (summary and body together) are
 * analysed plainly and in their own language (their names end in the analyser's name), or
 * in every language when theirs is unknown.
 */
public final class SearchFields {

	/**
	 * The analysers, by name: a plain one that folds case and accents, then one per
	 * language.
	 */
	public static final List<String> ANALYSERS = List.of("plain", "nl", "en", "fr", "ar");

	/** The analyser that only folds case and accents. */
	public static final String PLAIN = "plain";

	/** Kept as typed: what a result shows. */
	public static final String TITLE = "title";

	/** Kept as typed: what a result shows under the title. */
	public static final String SUMMARY = "summary";

	/** Kept as typed: the longer text, for the snippet of a match in it. */
	public static final String BODY = "body";

	/** Summary and body together, analysed. */
	public static final String TEXT = "text";

	/**
	 * The version of this layout, kept in every entry, so that an index written in an
	 * older one is rebuilt on start.
	 */
	public static final String SCHEMA = "schema";

	/** The layout's current version: 3 since posts are found by their text. */
	public static final String SCHEMA_VERSION = "3";

	/** Keywords, each aggregable for a facet or filter. */
	public static final String TYPE = "type";

	public static final String LANGUAGE = "language";

	public static final String COUNTRY = "country";

	public static final String FIELDS = "fields";

	public static final String COMMUNITY = "community";

	public static final String READERS = "readers";

	public static final String KEY = "key";

	/** Sortable. */
	public static final String DATE = "date";

	private SearchFields() {
	}

	/**
	 * The analysers a text in a language is analysed with: the plain one and the
	 * language's own, or all of them when its language has none of its own.
	 * @param language an ISO 639 code, or null when unknown
	 * @return the analysers' names, the plain one first
	 */
	public static List<String> analysersFor(@Nullable String language) {
		if (language != null && !PLAIN.equals(language) && ANALYSERS.contains(language)) {
			return List.of(PLAIN, language);
		}
		return ANALYSERS;
	}

	/**
	 * The field a text is analysed into by one analyser.
	 * @param text {@link #TITLE} or {@link #TEXT}
	 * @param analyser one of {@link #ANALYSERS}
	 * @return the field's name
	 */
	public static String analysed(String text, String analyser) {
		return text + "_" + analyser;
	}

}
