package org.kring.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The invitations facilitators sent.
 */
public interface Invitations extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByCommunityIdAndStatusOrderByInvitedAt(UUID communityId, Invitation.Status status);

	List<Invitation> findByCommunityIdAndEmailAndStatus(UUID communityId, String email, Invitation.Status status);

	List<Invitation> findByEmail(String email);

	List<Invitation> findByInvitedBy(UUID personId);

	@Modifying
	@Query("delete from Invitation i where i.email = :email")
	int deleteByEmail(String email);

}
