package org.kring.result.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A sent signal as the results tracker and the API show it: never its contact.
 *
 * @param id the signal
 * @param communityId the community that signs it
 * @param kind a signal or a recommendation
 * @param title its title
 * @param body its text
 * @param ask what it asks
 * @param authority whom it addresses
 * @param meetingId the meeting it came from, or null
 * @param theme the meeting's theme, or null
 * @param state where it stands, never a draft
 * @param sentAt when it was sent
 * @param acknowledgedAt when the authority acknowledged it, or null
 * @param answeredAt when the authority answered, or null
 * @param answer the answer, or null
 * @param followedUpAt when the community followed the answer up, or null
 * @param outcome what came of the answer, or null
 */
public record TrackerRow(UUID id, UUID communityId, SignalKind kind, String title, @Nullable String body,
		@Nullable String ask, Authority authority, @Nullable UUID meetingId, @Nullable String theme, SignalState state,
		@Nullable Instant sentAt, @Nullable Instant acknowledgedAt, @Nullable Instant answeredAt,
		@Nullable String answer, @Nullable Instant followedUpAt, @Nullable FollowUpOutcome outcome) {

	/**
	 * The address of the signal's page.
	 * @return such as {@code /signals/…}
	 */
	public String path() {
		return "/signals/" + this.id;
	}

}
