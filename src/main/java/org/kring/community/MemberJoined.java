package org.kring.community;

import java.util.UUID;

/**
 * A person became a member of a community: by joining an open one, through an approved
 * application or through an accepted invitation.
 *
 * @param communityId the community
 * @param personId the new member
 * @param role their role
 * @param way how they came in
 */
public record MemberJoined(UUID communityId, UUID personId, CommunityRole role, JoinWay way) {
}
