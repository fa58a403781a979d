package org.kring.meeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A seat came free and the first person on a meeting's waiting list took it.
 *
 * @param meetingId the meeting
 * @param registrationId the registration
 * @param personId the person with an account, or null for a visitor or a nickname
 * @param communityId the community the meeting belongs to
 * @param promotedAt when
 */
public record RegistrationPromoted(UUID meetingId, UUID registrationId, @Nullable UUID personId, UUID communityId,
		Instant promotedAt) {
}
