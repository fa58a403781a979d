package org.kring.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kring.community.CommunityRole;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Who belongs to which community, in which role.
 */
public interface Memberships extends ListCrudRepository<Membership, UUID> {

	Optional<Membership> findByCommunityIdAndPersonId(UUID communityId, UUID personId);

	List<Membership> findByPersonId(UUID personId);

	List<Membership> findByCommunityIdAndRole(UUID communityId, CommunityRole role);

	long countByCommunityId(UUID communityId);

	/**
	 * Everyone who belongs to a community that a person belongs to, in one query.
	 * @param personId the person
	 * @return the people, the person included when they belong to any community
	 */
	@Query("select distinct other.personId from Membership other where other.communityId in "
			+ "(select mine.communityId from Membership mine where mine.personId = :personId)")
	Set<UUID> findFellowMembersOf(UUID personId);

	/**
	 * Everyone who belongs to a community, in one query.
	 * @param communityId the community
	 * @return the people, in any role
	 */
	@Query("select m.personId from Membership m where m.communityId = :communityId")
	Set<UUID> findMembersOf(UUID communityId);

	long countByCommunityIdAndRole(UUID communityId, CommunityRole role);

}
