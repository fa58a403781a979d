package org.kring.practice.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A published practice a coordinator may put into a handbook.
 *
 * @param id the practice
 * @param title its title
 * @param country its country code, or null
 * @param startYear the year it started, or null
 */
public record HandbookChoice(UUID id, String title, @Nullable String country, @Nullable Integer startYear) {
}
