package org.kring.community;

import java.util.UUID;

/**
 * A community came into use: started by an administrator or coordinator, or a proposal
 * approved.
 *
 * @param communityId the community
 * @param slug its address
 * @param createdBy the person who started or proposed it, its first facilitator
 */
public record CommunityCreated(UUID communityId, String slug, UUID createdBy) {
}
