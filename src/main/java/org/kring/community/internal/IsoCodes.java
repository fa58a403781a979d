package org.kring.community.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The country and language codes a community may name: ISO 3166-1 alpha-2 and ISO 639-1,
 * as the JDK knows them.
 */
public final class IsoCodes {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private IsoCodes() {
	}

	/**
	 * Whether a code names a country.
	 * @param code such as {@code BE}, in either case
	 * @return true for an ISO 3166-1 alpha-2 code
	 */
	public static boolean isCountry(String code) {
		return code.length() == 2 && COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * Whether a code names a language.
	 * @param code such as {@code nl}, in either case
	 * @return true for an ISO 639-1 code
	 */
	public static boolean isLanguage(String code) {
		return code.length() == 2 && LANGUAGES.contains(code.toLowerCase(Locale.ROOT));
	}

}
