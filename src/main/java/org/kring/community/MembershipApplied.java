package org.kring.community;

import java.util.UUID;

/**
 * A person applied to a community that admits members on approval.
 *
 * @param communityId the community
 * @param personId the applicant
 */
public record MembershipApplied(UUID communityId, UUID personId) {
}
