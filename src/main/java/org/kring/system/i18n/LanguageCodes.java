package org.kring.system.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Languages by their ISO 639 code, named in the reader's language by the JDK's own locale
 * data. A language with an ISO 639-1 code is kept under it ({@code fr}, also when typed
 * as {@code fra}); any other is kept under the ISO 639-2 or 639-3 code the JDK knows a
 * name for ({@code ber}, {@code prs}).
 */
public final class LanguageCodes {

	/**
	 * Languages many newcomers and the people who work with them speak, for quick choice.
	 */
	public static final List<String> COMMON = List.of("ar", "de", "en", "es", "fa", "fr", "it", "nl", "pl", "ps", "pt",
			"ro", "ru", "so", "ti", "tr", "uk");

	private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

	private static final Map<String, String> TWO_LETTER_BY_THREE = byThreeLetterCode();

	/** Codes for no particular language, which say nothing about what someone speaks. */
	private static final Set<String> NO_LANGUAGE = Set.of("und", "mul", "mis", "zxx");

	private LanguageCodes() {
	}

	/**
	 * The code under which a language someone typed is kept.
	 * @param code such as {@code FR}, {@code fra} or {@code ber}
	 * @return the code in lower case, two letters where the language has them; null when
	 * it names no language the JDK knows
	 */
	public static @Nullable String normalize(@Nullable String code) {
		if (code == null) {
			return null;
		}
		String lower = code.strip().toLowerCase(Locale.ROOT);
		if (lower.length() == 2) {
			return TWO_LETTER.contains(lower) ? lower : null;
		}
		if (lower.length() != 3 || !lower.chars().allMatch((c) -> c >= 'a' && c <= 'z')
				|| NO_LANGUAGE.contains(lower)) {
			return null;
		}
		String two = TWO_LETTER_BY_THREE.get(lower);
		if (two != null) {
			return two;
		}
		String english = Locale.of(lower).getDisplayLanguage(Locale.ENGLISH);
		return (english.isBlank() || english.equals(lower)) ? null : lower;
	}

	/**
	 * A language's name.
	 * @param code a code {@link #normalize} returned
	 * @param reader the reader's language
	 * @return such as "Fries" for {@code fy} in Dutch; the code when the JDK has no name
	 */
	public static String name(String code, Locale reader) {
		String name = Locale.of(code).getDisplayLanguage(reader);
		return name.isBlank() ? code : name;
	}

	/**
	 * The {@link #COMMON} languages, sorted by their names in the reader's language.
	 * @param reader the reader's language
	 * @return the codes with their names
	 */
	public static List<Named> common(Locale reader) {
		return sorted(COMMON, reader);
	}

	/**
	 * Languages sorted by their names in the reader's language.
	 * @param codes codes {@link #normalize} returned
	 * @param reader the reader's language
	 * @return the codes with their names
	 */
	public static List<Named> sorted(List<String> codes, Locale reader) {
		Collator collator = Collator.getInstance(reader);
		return codes.stream()
			.map((code) -> new Named(code, name(code, reader)))
			.sorted(Comparator.comparing(Named::name, collator))
			.toList();
	}

	private static Map<String, String> byThreeLetterCode() {
		Map<String, String> codes = new HashMap<>();
		Arrays.stream(Locale.getISOLanguages()).forEach((two) -> {
			try {
				codes.put(Locale.of(two).getISO3Language(), two);
			}
			catch (java.util.MissingResourceException ex) {
				// a two-letter code without a three-letter one is reachable as typed only
			}
		});
		return Map.copyOf(codes);
	}

	/**
	 * A code with its name in the reader's language.
	 *
	 * @param code the ISO 639 code
	 * @param name its name
	 */
	public record Named(String code, String name) {
	}

}
