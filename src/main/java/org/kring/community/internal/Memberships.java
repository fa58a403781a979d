package org.kring.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kring.community.CommunityRole;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Who belongs to which community, in which role.
 */
public interface Memberships extends ListCrudRepository<Membership, UUID> {

	Optional<Membership> findByCommunityIdAndPersonId(UUID communityId, UUID personId);

	List<Membership> findByPersonId(UUID personId);

	List<Membership> findByCommunityIdAndRole(UUID communityId, CommunityRole role);

	long countByCommunityId(UUID communityId);

	long countByCommunityIdAndRole(UUID communityId, CommunityRole role);

}
