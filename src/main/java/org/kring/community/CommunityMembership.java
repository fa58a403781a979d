package org.kring.community;

import java.time.Instant;

/**
 * A community a person belongs to, and their role in it.
 *
 * @param community the community
 * @param role the person's role there
 * @param joinedAt when they joined
 */
public record CommunityMembership(CommunitySummary community, CommunityRole role, Instant joinedAt) {
}
