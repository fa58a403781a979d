package org.kring.expertise.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One field or qualification as administrators see it: retired or not, with what is
 * written in each language.
 *
 * @param code its stable code
 * @param retired whether it is out of use
 * @param wordings its wording by language tag, such as {@code en}
 */
public record CatalogueEntry(String code, boolean retired, Map<String, Wording> wordings) {

	public CatalogueEntry {
		wordings = Map.copyOf(wordings);
	}

	/**
	 * What is written in one language.
	 * @param language a language tag such as {@code nl}
	 * @return the wording, or null when none was written in that language
	 */
	public @Nullable Wording in(String language) {
		return this.wordings.get(language);
	}

}
