package org.kring.meeting.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One theme as the agenda lists it, read flat with what it points to.
 *
 * @param id the theme
 * @param title its title
 * @param reason why it matters, or null
 * @param link the address of a practice or signal, or null
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param state where it stands
 * @param supportCount how many support it
 * @param meetingId the meeting that treats it, or null
 * @param meetingTitle that meeting's title, or null
 * @param meetingStart when that meeting starts, in its zone, or null
 * @param mergedIntoTitle the title of the theme it was merged into, or null
 * @param declineReason why it was declined, or null
 */
public record AgendaRow(UUID id, String title, @Nullable String reason, @Nullable String link, UUID proposedBy,
		Instant proposedAt, ThemeState state, int supportCount, @Nullable UUID meetingId, @Nullable String meetingTitle,
		@Nullable ZonedDateTime meetingStart, @Nullable String mergedIntoTitle, @Nullable String declineReason) {

	static @Nullable ZonedDateTime start(@Nullable Instant startsAt, @Nullable String zone) {
		return (startsAt == null || zone == null) ? null : startsAt.atZone(ZoneId.of(zone));
	}

}
