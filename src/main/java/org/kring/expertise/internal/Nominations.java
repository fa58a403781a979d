package org.kring.expertise.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The nominations of every community.
 */
public interface Nominations extends JpaRepository<Nomination, UUID> {

	Optional<Nomination> findFirstByTokenHashOrEarlierTokenHash(String tokenHash, String earlierTokenHash);

	List<Nomination> findByCommunityIdAndOpenCandidateIn(UUID communityId, Collection<String> candidates);

	List<Nomination> findByCommunityIdAndPersonIdAndState(UUID communityId, UUID personId, NominationState state);

	List<Nomination> findByPersonIdOrEmail(UUID personId, String email);

	List<Nomination> findByPersonId(UUID personId);

	List<Nomination> findByCommunityId(UUID communityId);

	/**
	 * The invitations that got no answer since a moment and no reminder yet.
	 * @param invitedBefore the moment
	 * @return their ids
	 */
	@Query("select n.id from Nomination n where n.state = org.kring.expertise.internal.NominationState.INVITED"
			+ " and n.invitedAt < :invitedBefore and n.remindedAt is null")
	List<UUID> findUnremindedInvitedBefore(@Param("invitedBefore") Instant invitedBefore);

	/**
	 * Claims the reminder of one invitation: only the first caller changes the row, so
	 * that two runs at once (two instances, or a slow run and the next) never both send.
	 * @param id the nomination
	 * @param now when the reminder goes
	 * @return 1 for the caller who claimed it, 0 for everyone else
	 */
	@Modifying
	@Query("update Nomination n set n.remindedAt = :now where n.id = :id and n.remindedAt is null"
			+ " and n.state = org.kring.expertise.internal.NominationState.INVITED")
	int claimReminder(@Param("id") UUID id, @Param("now") Instant now);

}
