package org.kring.community;

import java.util.UUID;

/**
 * A facilitator declined a person's application to a community.
 *
 * @param communityId the community
 * @param personId the applicant
 * @param declinedBy the facilitator or administrator
 */
public record MembershipDeclined(UUID communityId, UUID personId, UUID declinedBy) {
}
