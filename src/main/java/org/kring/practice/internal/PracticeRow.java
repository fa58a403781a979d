package org.kring.practice.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A practice as a list shows it, read flat.
 *
 * @param id the practice
 * @param title its title
 * @param summary its summary
 * @param country its country code
 * @param startYear the year it started
 * @param language the language of its description
 * @param state where it is
 * @param publishedAt when it was published, or null
 * @param updatedAt when it last changed
 * @param fields its expertise fields, by code
 */
public record PracticeRow(UUID id, String title, @Nullable String summary, @Nullable String country,
		@Nullable Integer startYear, String language, PracticeState state, @Nullable Instant publishedAt,
		Instant updatedAt, List<String> fields) {

	/** The page of the practice. */
	public String path() {
		return "/practices/" + this.id;
	}

}
