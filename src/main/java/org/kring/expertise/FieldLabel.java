package org.kring.expertise;

/**
 * An expertise field as a reader sees it.
 *
 * @param code the field's stable code, such as {@code health-care}
 * @param name its name in the reader's language, or in English when it has none there
 */
public record FieldLabel(String code, String name) {
}
