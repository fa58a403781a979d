package org.kring.result.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A search of a toolbox or a legislation register: the words sought, at most
 * {@value #MAX_LENGTH} characters of them, and the page asked for.
 *
 * @param text the words, stripped, or null to list everything
 * @param shortened whether the words typed were longer and were cut
 * @param page the page, from 1
 */
public record ToolboxSearch(@Nullable String text, boolean shortened, int page) {

	/** How many characters of a query are sought. */
	public static final int MAX_LENGTH = 200;

	/** How many entries a page shows. */
	public static final int PAGE_SIZE = 20;

	/**
	 * A search as the request carried it.
	 * @param query the words typed, of any length, or null
	 * @param page the page asked for, or null; anything but a positive number is page 1
	 * @return the search
	 */
	public static ToolboxSearch of(@Nullable String query, @Nullable String page) {
		String text = Texts.blankToNull(query);
		boolean shortened = text != null && text.length() > MAX_LENGTH;
		if (shortened) {
			text = text.substring(0, MAX_LENGTH).strip();
		}
		return new ToolboxSearch(text, shortened, pageNumber(page));
	}

	private static int pageNumber(@Nullable String page) {
		try {
			return (page == null) ? 1 : Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * The words as a LIKE pattern with {@code !} as escape character, lower case.
	 * @return such as {@code %50!% off%}, or null without words
	 */
	@Nullable String pattern() {
		if (this.text == null) {
			return null;
		}
		String escaped = this.text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

	int offset() {
		return (int) Math.min(Integer.MAX_VALUE, (long) (this.page - 1) * PAGE_SIZE);
	}

}
