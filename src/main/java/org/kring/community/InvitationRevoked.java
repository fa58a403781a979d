package org.kring.community;

import java.util.UUID;

/**
 * A facilitator withdrew an invitation before it was used.
 *
 * @param communityId the community
 * @param invitationId the invitation
 * @param revokedBy the facilitator or administrator
 */
public record InvitationRevoked(UUID communityId, UUID invitationId, UUID revokedBy) {
}
