package org.kring.community;

import java.util.UUID;

/**
 * A facilitator handed facilitation over to another member and became a member.
 *
 * @param communityId the community
 * @param from the former facilitator, now a member
 * @param to the new facilitator
 */
public record FacilitationHandedOver(UUID communityId, UUID from, UUID to) {
}
