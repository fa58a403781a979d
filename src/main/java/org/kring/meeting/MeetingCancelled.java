package org.kring.meeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A facilitator called a meeting off. Everyone registered is told by mail, and every
 * calendar shows the meeting as cancelled.
 *
 * @param meetingId the meeting
 * @param communityId the community it belongs to
 * @param title the meeting's title
 * @param startsAt when it would have started
 * @param reason why, or null
 * @param cancelledBy the facilitator
 * @param cancelledAt when
 */
public record MeetingCancelled(UUID meetingId, UUID communityId, String title, Instant startsAt,
		@Nullable String reason, UUID cancelledBy, Instant cancelledAt) {
}
