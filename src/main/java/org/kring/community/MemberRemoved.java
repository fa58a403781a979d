package org.kring.community;

import java.util.UUID;

/**
 * A facilitator removed a member from a community.
 *
 * @param communityId the community
 * @param personId the former member
 * @param removedBy the facilitator or administrator
 */
public record MemberRemoved(UUID communityId, UUID personId, UUID removedBy) {
}
