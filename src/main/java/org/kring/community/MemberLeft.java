package org.kring.community;

import java.util.UUID;

/**
 * A member left a community of their own accord.
 *
 * @param communityId the community
 * @param personId the former member
 */
public record MemberLeft(UUID communityId, UUID personId) {
}
