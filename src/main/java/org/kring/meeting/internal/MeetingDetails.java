package org.kring.meeting.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator sets about one meeting. The rules every meeting keeps are checked
 * here; forms check them first so that people see a message next to the field.
 *
 * @param title the title
 * @param theme the theme, or null
 * @param description what the meeting is about, or null
 * @param start when it starts, in the zone it is held in
 * @param end when it ends, after the start
 * @param format in a place, online or hybrid
 * @param address the address, for a meeting in a place
 * @param room the room, or null
 * @param accessNotes how to get in, or null
 * @param onlineLink the link to join, for an online or hybrid meeting
 * @param capacity how many may register, or null for no limit
 * @param registrationOpensAt when registration opens, or null for at once
 * @param registrationClosesAt when registration closes, or null for at the start
 * @param questions the optional questions asked on registration
 * @param publicMeeting whether anyone may see and register, whatever the community's
 * visibility (a public seminar)
 * @param reminderMinutes how long before the start the reminder goes out
 * @param speakers the guest speakers, in order
 * @param facilitators the people who facilitate it, beside the community's facilitators
 */
public record MeetingDetails(String title, @Nullable String theme, @Nullable String description, ZonedDateTime start,
		ZonedDateTime end, MeetingFormat format, @Nullable String address, @Nullable String room,
		@Nullable String accessNotes, @Nullable String onlineLink, @Nullable Integer capacity,
		@Nullable Instant registrationOpensAt, @Nullable Instant registrationClosesAt,
		Set<RegistrationQuestion> questions, boolean publicMeeting, int reminderMinutes, List<Speaker> speakers,
		Set<UUID> facilitators) {

	/** Two days, the reminder's default lead. */
	public static final int DEFAULT_REMINDER_MINUTES = 2 * 24 * 60;

	public MeetingDetails {
		if (title.isBlank()) {
			throw new IllegalArgumentException("A meeting needs a title");
		}
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A meeting ends after it starts");
		}
		if (capacity != null && capacity <= 0) {
			throw new IllegalArgumentException("A meeting's capacity is at least one");
		}
		if (reminderMinutes < 0) {
			throw new IllegalArgumentException("A reminder goes out before the meeting");
		}
		if (registrationOpensAt != null && registrationClosesAt != null
				&& registrationClosesAt.isBefore(registrationOpensAt)) {
			throw new IllegalArgumentException("Registration closes after it opens");
		}
		questions = Set.copyOf(questions);
		speakers = List.copyOf(speakers);
		facilitators = Set.copyOf(facilitators);
	}

	/**
	 * The zone the meeting is held in.
	 * @return the start's zone
	 */
	public ZoneId zone() {
		return this.start.getZone();
	}

}
