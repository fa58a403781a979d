package org.kring.practice.web;

import java.time.Instant;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Dates on the evaluation's pages, as the day in ISO form, which reads the same in every
 * language and suits a {@code <time>} element.
 */
public final class ReviewDates {

	private ReviewDates() {
	}

	/**
	 * The day of an instant.
	 * @param at the instant, or null
	 * @return the day, such as {@code 2026-03-01}, or empty
	 */
	public static String day(@Nullable Instant at) {
		return (at != null) ? at.atZone(ZoneOffset.UTC).toLocalDate().toString() : "";
	}

}
