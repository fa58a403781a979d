package org.kring.community;

import java.util.UUID;

/**
 * A member proposed a community, which waits for an administrator's decision.
 *
 * @param communityId the proposed community
 * @param slug its address
 * @param proposedBy the person who proposed it
 */
public record CommunityProposed(UUID communityId, String slug, UUID proposedBy) {
}
