package org.kring.community;

import java.util.UUID;

/**
 * A facilitator invited an e-mail address to a community. The address itself is not part
 * of the event: it may belong to nobody with an account.
 *
 * @param communityId the community
 * @param invitationId the invitation
 * @param invitedBy the facilitator or administrator
 * @param role the role the invitee will hold
 */
public record MemberInvited(UUID communityId, UUID invitationId, UUID invitedBy, CommunityRole role) {
}
