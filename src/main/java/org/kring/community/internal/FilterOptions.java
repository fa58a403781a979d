package org.kring.community.internal;

import java.util.List;

/**
 * The values the list's filters offer: those that public communities use.
 *
 * @param themes the themes, sorted
 * @param countries the ISO country codes, sorted
 * @param languages the ISO language codes, sorted
 */
public record FilterOptions(List<String> themes, List<String> countries, List<String> languages) {
}
