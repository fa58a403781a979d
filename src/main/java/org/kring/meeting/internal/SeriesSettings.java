package org.kring.meeting.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator sets about a series: when it meets and what its meetings are by
 * default.
 *
 * @param title the meetings' title
 * @param description what the meetings are about, or null
 * @param recurrence when it meets
 * @param duration how long a meeting lasts, 1 minute to 24 hours
 * @param format in a place, online or hybrid
 * @param address the address, or null
 * @param room the room, or null
 * @param accessNotes how to get in, or null
 * @param onlineLink the link to join, or null
 * @param capacity how many may register, or null for no limit
 * @param reminderMinutes how long before a meeting its reminder goes out
 */
public record SeriesSettings(String title, @Nullable String description, Recurrence recurrence, Duration duration,
		MeetingFormat format, @Nullable String address, @Nullable String room, @Nullable String accessNotes,
		@Nullable String onlineLink, @Nullable Integer capacity, int reminderMinutes) {

	public SeriesSettings {
		if (title.isBlank()) {
			throw new IllegalArgumentException("A series needs a title");
		}
		if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(1)) > 0) {
			throw new IllegalArgumentException("A meeting lasts 1 minute to 24 hours");
		}
		if (capacity != null && capacity <= 0) {
			throw new IllegalArgumentException("A meeting's capacity is at least one");
		}
		if (reminderMinutes < 0) {
			throw new IllegalArgumentException("A reminder goes out before the meeting");
		}
	}

}
