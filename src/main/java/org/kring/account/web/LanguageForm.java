package org.kring.account.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.system.web.Languages;

/**
 * The profile's form to choose the interface language.
 *
 * @param language a language tag such as {@code nl}, or empty for the browser's language
 */
public record LanguageForm(@Nullable String language) {

	/**
	 * The chosen language.
	 * @return the language, or null when the person leaves it to the browser
	 * @throws IllegalArgumentException when the value is not one of the offered
	 * languages; check {@link #isValid()} first
	 */
	@Nullable Locale chosen() {
		if (this.language == null || this.language.isBlank()) {
			return null;
		}
		String tag = this.language.strip();
		return Languages.SUPPORTED.stream()
			.filter((offered) -> offered.tag().equals(tag))
			.map(Languages.Language::locale)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an offered language"));
	}

	boolean isValid() {
		return this.language == null || this.language.isBlank()
				|| Languages.SUPPORTED.stream().anyMatch((offered) -> offered.tag().equals(this.language.strip()));
	}

	/**
	 * Whether an option of the language list is the chosen one.
	 * @param tag the option's language tag, empty for the browser's language
	 * @return true when the option should be selected
	 */
	public boolean isChosen(String tag) {
		String value = (this.language != null) ? this.language.strip() : "";
		return value.equals(tag);
	}

}
