package org.kring.expertise.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Countries of experience by their ISO 3166-1 alpha-2 code, named in the reader's
 * language by the JDK's own locale data.
 */
public final class CountryCodes {

	private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

	private CountryCodes() {
	}

	/**
	 * The code of a country someone typed.
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
	 * A country's name.
	 * @param code a code {@link #normalize} returned
	 * @param reader the reader's language
	 * @return such as "België" for {@code BE} in Dutch; the code when the JDK has no name
	 */
	public static String name(String code, Locale reader) {
		String name = Locale.of("", code).getDisplayCountry(reader);
		return name.isBlank() ? code : name;
	}

}
