package org.kring.expertise;

import org.jspecify.annotations.Nullable;

/**
 * A qualification an expert may have, as a reader sees it.
 *
 * @param code its stable code, such as {@code eu-projects}
 * @param name its name in the reader's language, or in English when it has none there
 * @param description a sentence on what it means, in the same way; null when none was
 * written
 */
public record Qualification(String code, String name, @Nullable String description) {
}
