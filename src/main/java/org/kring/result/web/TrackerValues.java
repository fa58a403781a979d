package org.kring.result.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.result.internal.SignalState;

/**
 * The filter values the tracker and the API read alike: a state a sent signal can be in,
 * and a year.
 */
final class TrackerValues {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 9999;

	private TrackerValues() {
	}

	/**
	 * Reads a state.
	 * @param value such as {@code ANSWERED} or {@code answered}, or null
	 * @return the state, or null when none is given
	 * @throws IllegalArgumentException for an unknown state or {@code DRAFT}
	 */
	static @Nullable SignalState state(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		SignalState state = SignalState.valueOf(value.strip().toUpperCase(Locale.ROOT));
		if (state == SignalState.DRAFT) {
			throw new IllegalArgumentException("Drafts are not published");
		}
		return state;
	}

	/**
	 * Reads a year.
	 * @param value such as {@code 2026}, or null
	 * @return the year, or null when none is given
	 * @throws IllegalArgumentException for anything but a whole number from
	 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}
	 */
	static @Nullable Integer year(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		int year = Integer.parseInt(value.strip());
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		return year;
	}

}
