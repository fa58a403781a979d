package org.kring.community.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kring.community.internal.Community;
import org.kring.community.internal.Translation;
import org.kring.system.web.CleanText;

/**
 * The text of a community in one more language, as typed; every field may stay empty.
 *
 * @param name the translated name
 * @param domain the translated domain statement
 * @param practice the translated practice
 */
public record TranslationForm(
		@Size(max = Community.NAME_MAX_LENGTH, message = "community.name.long") @Nullable String name,
		@Size(max = Community.DOMAIN_MAX_LENGTH, message = "community.domain.long") @Nullable String domain,
		@Size(max = Community.PRACTICE_MAX_LENGTH, message = "community.practice.long") @Nullable String practice) {

	/** Nested fields miss the cleaning every form's own text fields get. */
	public TranslationForm {
		name = CommunityForms.oneLine(CleanText.clean(name));
		domain = CleanText.clean(domain);
		practice = CleanText.clean(practice);
	}

	static TranslationForm empty() {
		return new TranslationForm("", "", "");
	}

	static TranslationForm of(@Nullable Translation translation) {
		if (translation == null) {
			return empty();
		}
		return new TranslationForm(translation.name(), translation.domain(), translation.practice());
	}

	Translation translation() {
		return new Translation(this.name, this.domain, this.practice);
	}

}
