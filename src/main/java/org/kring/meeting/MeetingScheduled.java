package org.kring.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * A facilitator planned a meeting on its own (meetings a series generates ahead of time
 * are not announced one by one). Its community's members may want to hear so.
 *
 * @param meetingId the meeting
 * @param communityId the community it belongs to
 * @param title the meeting's title
 * @param startsAt when it starts; in the past for a meeting recorded afterwards
 * @param scheduledBy who planned it
 * @param scheduledAt when
 */
public record MeetingScheduled(UUID meetingId, UUID communityId, String title, Instant startsAt, UUID scheduledBy,
		Instant scheduledAt) {
}
