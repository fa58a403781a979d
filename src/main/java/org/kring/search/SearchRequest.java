package org.kring.search;

import org.jspecify.annotations.Nullable;

/**
 * What someone searches for: the words as typed and the facets they narrowed it to.
 *
 * @param text the words, plain text (no query syntax), at most {@link #MAX_LENGTH}
 * characters are searched
 * @param type only things of this kind, or null for all
 * @param country only things about this country (ISO 3166 alpha-2), or null
 * @param field only things about this expertise field, or null
 * @param language only things written in this language (ISO 639), or null
 * @param page the page of results, from 1 to {@link #MAX_PAGE}
 */
public record SearchRequest(String text, @Nullable String type, @Nullable String country, @Nullable String field,
		@Nullable String language, int page) {

	/** The number of characters searched; a longer text is cut, with a notice. */
	public static final int MAX_LENGTH = 200;

	/** Results on a page. */
	public static final int PAGE_SIZE = 20;

	/** The last page that can be asked for: the index ranks no further than that. */
	public static final int MAX_PAGE = 500;

	public SearchRequest {
		text = (text == null) ? "" : text.strip();
		page = Math.min(MAX_PAGE, Math.max(1, page));
	}

	/**
	 * The words searched, cut to {@link #MAX_LENGTH} characters.
	 * @return the words
	 */
	public String searchedText() {
		return tooLong() ? this.text.substring(0, MAX_LENGTH) : this.text;
	}

	/**
	 * Whether the words were longer than is searched.
	 * @return true when cut
	 */
	public boolean tooLong() {
		return this.text.length() > MAX_LENGTH;
	}

}
