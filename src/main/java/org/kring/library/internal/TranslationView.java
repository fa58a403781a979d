package org.kring.library.internal;

import org.jspecify.annotations.Nullable;

/**
 * A publication's title and summary in another language.
 *
 * @param language its ISO 639 code
 * @param title the title
 * @param summary the summary
 */
public record TranslationView(String language, String title, @Nullable String summary) {
}
