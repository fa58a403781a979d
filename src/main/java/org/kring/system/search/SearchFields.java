package org.kring.system.search;

import java.util.List;

/**
 * The names of the fields every searchable thing's index entry has, for the binder that
 * writes them and the search that reads them. Title, summary and body are each analysed
 * once per language (their name ends in the analyser's name) and kept as typed.
 */
public final class SearchFields {

	/**
	 * The analysers, by name: a plain one that folds case and accents, then one per
	 * language.
	 */
	public static final List<String> ANALYSERS = List.of("plain", "nl", "en", "fr", "ar");

	/** Kept as typed: what a result shows. */
	public static final String TITLE = "title";

	/** Kept as typed: what a result shows under the title. */
	public static final String SUMMARY = "summary";

	/** The longer text, searched only. */
	public static final String BODY = "body";

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
	 * The field a text is analysed into by one analyser.
	 * @param text {@link #TITLE}, {@link #SUMMARY} or {@link #BODY}
	 * @param analyser one of {@link #ANALYSERS}
	 * @return the field's name
	 */
	public static String analysed(String text, String analyser) {
		return text + "_" + analyser;
	}

}
