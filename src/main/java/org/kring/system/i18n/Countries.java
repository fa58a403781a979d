package org.kring.system.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Countries by their ISO 3166 alpha-2 code, named in the reader's language by the JDK's
 * own locale data.
 */
public final class Countries {

	private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

	private Countries() {
	}

	/**
	 * The code of a country someone typed or chose, in upper case.
	 * @param code such as {@code be} or {@code BE}
	 * @return the code in upper case, or null when it names no country
	 */
	public static @Nullable String normalize(@Nullable String code) {
		if (code == null) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		return CODES.contains(upper) ? upper : null;
	}

	/**
	 * A country's name in a language.
	 * @param code an ISO 3166 alpha-2 code
	 * @param locale the reader's language
	 * @return such as "België" for {@code BE} in Dutch; the code when the JDK has no name
	 */
	public static String name(String code, Locale locale) {
		String name = Locale.of("", code).getDisplayCountry(locale);
		return name.isBlank() ? code : name;
	}

	/**
	 * Countries sorted by their names in the reader's language.
	 * @param codes codes {@link #normalize} returned
	 * @param reader the reader's language
	 * @return the names, such as "België" for {@code BE} in Dutch
	 */
	public static List<String> names(List<String> codes, Locale reader) {
		Collator collator = Collator.getInstance(reader);
		return codes.stream().map((code) -> name(code, reader)).sorted(collator).toList();
	}

	/**
	 * Every country, sorted by its name in the reader's language, for a choice list.
	 * @param locale the reader's language
	 * @return the codes with their names
	 */
	public static List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return CODES.stream()
			.map((code) -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/**
	 * A country as a reader sees it.
	 *
	 * @param code the ISO 3166 alpha-2 code
	 * @param name its name in the reader's language
	 */
	public record Country(String code, String name) {
	}

}
