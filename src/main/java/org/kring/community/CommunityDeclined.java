package org.kring.community;

import java.util.UUID;

/**
 * An administrator declined a proposed community.
 *
 * @param communityId the community
 * @param slug its address
 * @param proposedBy the person who proposed it
 */
public record CommunityDeclined(UUID communityId, String slug, UUID proposedBy) {
}
