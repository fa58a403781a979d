package org.kring.library.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The title and summary a reader sees: in their language when the publication is written
 * or translated in it, else the original, which then offers to request a translation into
 * the reader's language.
 *
 * @param language the language shown
 * @param title the title
 * @param summary the summary
 * @param translated whether it is a translation
 * @param requestable the reader's language, when a translation into it may be requested
 */
public record ShownText(String language, String title, @Nullable String summary, boolean translated,
		@Nullable String requestable) {

	/**
	 * What a reader sees of a publication.
	 * @param publication the publication
	 * @param translations its translations
	 * @param reader the reader's language
	 * @return the text to show
	 */
	public static ShownText choose(Publication publication, List<TranslationView> translations, Locale reader) {
		String wanted = reader.getLanguage();
		if (wanted.equals(publication.language())) {
			return original(publication, null);
		}
		return translations.stream()
			.filter((translation) -> translation.language().equals(wanted))
			.findFirst()
			.map((translation) -> new ShownText(wanted, translation.title(), translation.summary(), true, null))
			.orElseGet(() -> original(publication, wanted.isEmpty() ? null : wanted));
	}

	private static ShownText original(Publication publication, @Nullable String requestable) {
		return new ShownText(publication.language(), publication.title(), publication.summary(), false, requestable);
	}

}
