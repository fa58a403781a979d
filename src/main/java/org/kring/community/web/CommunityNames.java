package org.kring.community.web;

import java.util.Locale;

/**
 * Names of countries and languages in the reader's language, from the JDK's own data: no
 * bundle to keep up to date.
 */
public final class CommunityNames {

	private static final int EXCERPT_LENGTH = 240;

	private CommunityNames() {
	}

	/**
	 * A country's name.
	 * @param code an ISO 3166-1 alpha-2 code
	 * @param reader the reader's language
	 * @return such as "België" for {@code BE} in Dutch; the code when the JDK has no name
	 */
	public static String country(String code, Locale reader) {
		String name = Locale.of("", code).getDisplayCountry(reader);
		return name.isBlank() ? code : name;
	}

	/**
	 * A language's name.
	 * @param code an ISO 639-1 code
	 * @param reader the reader's language
	 * @return such as "French" for {@code fr} in English; the code when the JDK has no
	 * name
	 */
	public static String language(String code, Locale reader) {
		String name = Locale.of(code).getDisplayLanguage(reader);
		return name.isBlank() ? code : name;
	}

	/**
	 * The start of a long text for a list, cut at a word.
	 * @param text the whole text
	 * @return at most about 240 characters, with an ellipsis when cut
	 */
	public static String excerpt(String text) {
		if (text.length() <= EXCERPT_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
		return text.substring(0, (cut > EXCERPT_LENGTH / 2) ? cut : EXCERPT_LENGTH).strip() + "…";
	}

	/**
	 * The message key of a field's label, such as {@code community.kind}.
	 * @param field the field's name
	 * @return the key
	 */
	public static String labelKey(String field) {
		return "community." + field;
	}

	/**
	 * The message key of one value of a list, such as
	 * {@code community.kind.LEARNING_NETWORK} or {@code community.role.EXPERT}.
	 * @param list the list's name: {@code kind}, {@code visibility}, {@code joinPolicy}
	 * or {@code role}
	 * @param value the value
	 * @return the key
	 */
	public static String valueKey(String list, Enum<?> value) {
		return "community." + list + "." + value.name();
	}

}
