package org.kring.community.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;

/**
 * What a list of communities is narrowed to; every part is optional.
 *
 * @param kind only communities of this kind
 * @param country only communities working in this country (ISO 3166-1 alpha-2)
 * @param theme only communities with this theme
 * @param language only communities with this working language (ISO 639-1)
 * @param text only communities whose name or domain statement contains this text
 */
public record CommunityFilter(@Nullable CommunityKind kind, @Nullable String country, @Nullable String theme,
		@Nullable String language, @Nullable String text) {

	public CommunityFilter {
		country = blankToNull(country, true);
		theme = blankToNull(theme, false);
		language = blankToNull(language, false);
		text = blankToNull(text, false);
		if (theme != null) {
			theme = theme.toLowerCase(Locale.ROOT);
		}
		if (language != null) {
			language = language.toLowerCase(Locale.ROOT);
		}
	}

	public static CommunityFilter none() {
		return new CommunityFilter(null, null, null, null, null);
	}

	/**
	 * Whether anything narrows the list.
	 * @return true when some part is set
	 */
	public boolean any() {
		return this.kind != null || this.country != null || this.theme != null || this.language != null
				|| this.text != null;
	}

	private static @Nullable String blankToNull(@Nullable String value, boolean upper) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return upper ? stripped.toUpperCase(Locale.ROOT) : stripped;
	}

}
