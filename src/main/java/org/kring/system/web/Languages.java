package org.kring.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The interface languages Kring offers, in the order the language switcher shows them.
 */
public final class Languages {

	/** Dutch, English, French and Arabic, each named in its own language. */
	public static final List<Language> SUPPORTED = List.of(new Language(Locale.of("nl"), "Nederlands"),
			new Language(Locale.ENGLISH, "English"), new Language(Locale.FRENCH, "Français"),
			new Language(Locale.of("ar"), "العربية"));

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

	private Languages() {
	}

	public static boolean isSupported(Locale locale) {
		return SUPPORTED.stream().anyMatch((language) -> language.locale().getLanguage().equals(locale.getLanguage()));
	}

	public static boolean isRightToLeft(Locale locale) {
		return RIGHT_TO_LEFT.contains(locale.getLanguage());
	}

	/**
	 * One interface language.
	 *
	 * @param locale the language
	 * @param name its name in its own language
	 */
	public record Language(Locale locale, String name) {

		public String tag() {
			return this.locale.toLanguageTag();
		}

	}

}
