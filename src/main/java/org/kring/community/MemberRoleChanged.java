package org.kring.community;

import java.util.UUID;

/**
 * A member's role in a community changed.
 *
 * @param communityId the community
 * @param personId the member
 * @param from the role before
 * @param to the role from now on
 * @param changedBy who changed it
 */
public record MemberRoleChanged(UUID communityId, UUID personId, CommunityRole from, CommunityRole to, UUID changedBy) {
}
