package org.kring.community.internal;

/**
 * A piece of a community's text as shown to one reader: a translation into their language
 * when there is one, else the original.
 *
 * @param value the text
 * @param language the language the text is in, for the element's {@code lang} attribute
 */
public record LocalizedText(String value, String language) {
}
