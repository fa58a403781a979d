package org.kring.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A facilitator closed a meeting that took place, with its minutes, attendance and at
 * least one product. The result module turns each product into a tool, a signal, an
 * action or a legislation test.
 *
 * @param meetingId the meeting
 * @param communityId the community it belongs to
 * @param title the meeting's title
 * @param theme the meeting's theme, or null
 * @param themeId the agenda theme the meeting treated, or null
 * @param heldAt when the meeting started
 * @param closedBy the facilitator who closed it
 * @param closedAt when
 * @param products what it produced, at least one
 */
public record MeetingClosed(UUID meetingId, UUID communityId, String title, @Nullable String theme,
		@Nullable UUID themeId, Instant heldAt, UUID closedBy, Instant closedAt, List<MeetingProduct> products) {

	public MeetingClosed {
		products = List.copyOf(products);
	}

}
