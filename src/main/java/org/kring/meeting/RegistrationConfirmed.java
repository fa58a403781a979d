package org.kring.meeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Someone took a seat at a meeting: a person with an account clicked, a visitor confirmed
 * through the mail, or a facilitator registered a participant by nickname.
 *
 * @param meetingId the meeting
 * @param registrationId the registration
 * @param personId the person with an account, or null for a visitor or a nickname
 * @param communityId the community the meeting belongs to
 * @param confirmedAt when
 */
public record RegistrationConfirmed(UUID meetingId, UUID registrationId, @Nullable UUID personId, UUID communityId,
		Instant confirmedAt) {
}
