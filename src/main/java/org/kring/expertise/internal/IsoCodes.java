package org.kring.expertise.internal;

import org.kring.system.i18n.LanguageCodes;
import org.kring.system.i18n.Countries;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The languages (ISO 639: the two-letter code where a language has one, else a
 * three-letter code) and countries (ISO 3166 alpha-2) experts name, checked and named in
 * the reader's language by the JDK's own locale data.
 */
public final class IsoCodes {

	private static final Set<String> TWO_LETTER_LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

	private IsoCodes() {
	}

	/**
	 * The code of a language someone typed or chose, as profiles keep it.
	 * @param code such as {@code nl}, {@code NL}, {@code fra} or {@code ber}
	 * @return the code in lower case, two letters where the language has them, as
	 * {@link LanguageCodes#normalize} keeps it; null when it names no language
	 */
	public static @Nullable String language(@Nullable String code) {
		return LanguageCodes.normalize(code);
	}

	/**
	 * The code of a country someone typed or chose, in upper case.
	 * @param code such as {@code be} or {@code BE}
	 * @return the code in upper case, or null when it names no country
	 */
	public static @Nullable String country(@Nullable String code) {
		return Countries.normalize(code);
	}

	/**
	 * A language's name in the reader's language.
	 * @param code an ISO 639 code
	 * @param locale the reader's language
	 * @return such as "Frans" for {@code fr} in Dutch; the code when the data has no name
	 */
	public static String languageName(String code, Locale locale) {
		return LanguageCodes.name(code, locale);
	}

	/**
	 * A country's name in the reader's language.
	 * @param code an ISO 3166 alpha-2 code
	 * @param locale the reader's language
	 * @return such as "België" for {@code BE} in Dutch
	 */
	public static String countryName(String code, Locale locale) {
		return Countries.name(code, locale);
	}

	/**
	 * Every two-letter language, by its name in the reader's language, for a choice list.
	 * @param locale the reader's language
	 * @return the codes with their names
	 */
	public static List<Named> languages(Locale locale) {
		return sorted(TWO_LETTER_LANGUAGES.stream().map((code) -> new Named(code, languageName(code, locale))).toList(),
				locale);
	}

	/**
	 * Every country, by its name in the reader's language, for a choice list.
	 * @param locale the reader's language
	 * @return the codes with their names
	 */
	public static List<Named> countries(Locale locale) {
		return sorted(COUNTRIES.stream().map((code) -> new Named(code, countryName(code, locale))).toList(), locale);
	}

	private static List<Named> sorted(List<Named> names, Locale locale) {
		return names.stream().sorted(Comparator.comparing(Named::name, Collator.getInstance(locale))).toList();
	}

	/**
	 * A code with its name in the reader's language.
	 *
	 * @param code the ISO code
	 * @param name its name
	 */
	public record Named(String code, String name) {
	}

}
