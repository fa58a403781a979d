package org.kring.library.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kring.system.i18n.LanguageCodes;

/**
 * What a list of publications is narrowed to, from a query string: a value that makes no
 * sense is ignored rather than refused, so a shared link never breaks.
 *
 * @param kind a kind's name or {@link PublicationKind#MAGAZINE_ARTICLE}, or null for all
 * @param language an ISO 639 code, or null for all
 * @param year a year, or null for all
 * @param text words to find in the title, summary and authors, or null
 * @param page the page, from 1
 */
public record PublicationFilter(@Nullable String kind, @Nullable String language, @Nullable Integer year,
		@Nullable String text, int page) {

	/** Publications on one page. */
	public static final int PAGE_SIZE = 20;

	static final int MAX_TEXT = 200;

	/** The whole library, first page. */
	public static final PublicationFilter ALL = new PublicationFilter(null, null, null, null, 1);

	/**
	 * A filter from a query string's values.
	 * @return the filter
	 */
	public static PublicationFilter of(@Nullable String kind, @Nullable String language, @Nullable String year,
			@Nullable String text, @Nullable String page) {
		String knownKind = PublicationKind.matching(kind).isEmpty() ? null : kind;
		String words = (text == null || text.isBlank()) ? null : text.strip();
		if (words != null && words.length() > MAX_TEXT) {
			words = words.substring(0, MAX_TEXT);
		}
		return new PublicationFilter(knownKind, LanguageCodes.normalize(language), number(year), words,
				Math.max(1, Math.min(10000, (number(page) != null) ? number(page) : 1)));
	}

	/** The kinds it keeps, empty for all. */
	public Set<PublicationKind> kinds() {
		return PublicationKind.matching(this.kind);
	}

	/**
	 * The same filter on another page.
	 * @param other the page
	 * @return the filter
	 */
	public PublicationFilter onPage(int other) {
		return new PublicationFilter(this.kind, this.language, this.year, this.text, other);
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
