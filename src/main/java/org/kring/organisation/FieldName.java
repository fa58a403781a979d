package org.kring.organisation;

/**
 * An expertise field as organisation pages show it.
 *
 * @param code the field's stable code
 * @param name its name in the reader's language
 */
public record FieldName(String code, String name) {
}
