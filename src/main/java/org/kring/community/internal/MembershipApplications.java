package org.kring.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The applications to communities that admit members on approval.
 */
public interface MembershipApplications extends JpaRepository<MembershipApplication, UUID> {

	Optional<MembershipApplication> findByCommunityIdAndPersonId(UUID communityId, UUID personId);

	List<MembershipApplication> findByCommunityIdAndStatusOrderByAppliedAt(UUID communityId,
			MembershipApplication.Status status);

	List<MembershipApplication> findByPersonId(UUID personId);

	long deleteByPersonId(UUID personId);

}
