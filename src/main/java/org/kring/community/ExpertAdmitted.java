package org.kring.community;

import java.util.UUID;

/**
 * Another module admitted someone as an expert of a community, such as a candidate who
 * accepted an invitation of the recruitment pipeline. The community module makes them a
 * member with the expert role: it enrols a newcomer as expert, raises a member or
 * observer to expert, and leaves a facilitator or expert as they are. It then publishes
 * the usual {@link MemberJoined} or {@link MemberRoleChanged}.
 *
 * @param communityId the community
 * @param personId the person admitted
 * @param admittedBy who admitted them, such as the person who invited them
 */
public record ExpertAdmitted(UUID communityId, UUID personId, UUID admittedBy) {
}
