package org.kring.meeting.internal;

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
 * The registrations for meetings. Changes to a meeting's registrations are made while the
 * meeting's row is locked ({@link Meetings#lockById}).
 */
public interface Registrations extends JpaRepository<Registration, UUID> {

	Optional<Registration> findByMeetingIdAndPersonId(UUID meetingId, UUID personId);

	Optional<Registration> findByMeetingIdAndEmail(UUID meetingId, String email);

	Optional<Registration> findByCancelTokenHash(String cancelTokenHash);

	Optional<Registration> findByConfirmTokenHash(String confirmTokenHash);

	/**
	 * Which registration a cancellation link names, without loading it, so that it is
	 * read only once its meeting is locked.
	 * @param hash the hash of the link's secret
	 * @return the registration's key, or empty
	 */
	@Query("select new org.kring.meeting.internal.Registrations$Key(r.meetingId, r.id) from Registration r"
			+ " where r.cancelTokenHash = :hash")
	Optional<Key> keyByCancelTokenHash(@Param("hash") String hash);

	/**
	 * Which registration a confirmation link names, without loading it.
	 * @param hash the hash of the link's secret
	 * @return the registration's key, or empty
	 */
	@Query("select new org.kring.meeting.internal.Registrations$Key(r.meetingId, r.id) from Registration r"
			+ " where r.confirmTokenHash = :hash")
	Optional<Key> keyByConfirmTokenHash(@Param("hash") String hash);

	long countByMeetingIdAndState(UUID meetingId, RegistrationState state);

	List<Registration> findByMeetingIdAndStateInOrderByPosition(UUID meetingId, Collection<RegistrationState> states);

	Optional<Registration> findFirstByMeetingIdAndStateOrderByPosition(UUID meetingId, RegistrationState state);

	List<Registration> findByPersonIdOrderByCreatedAt(UUID personId);

	/**
	 * How many registrations of a meeting are in each state, in one query.
	 * @param meetingId the meeting
	 * @return pairs of state and count
	 */
	@Query("select r.state, count(r) from Registration r where r.meetingId = :meetingId group by r.state")
	List<Object[]> countByState(@Param("meetingId") UUID meetingId);

	/**
	 * How many wait ahead of a place on a meeting's waiting list.
	 * @param meetingId the meeting
	 * @param position the place
	 * @return the number of waiting registrations before it
	 */
	@Query("select count(r) from Registration r where r.meetingId = :meetingId"
			+ " and r.state = org.kring.meeting.internal.RegistrationState.WAITING and r.position < :position")
	long countWaitingBefore(@Param("meetingId") UUID meetingId, @Param("position") long position);

	/**
	 * The confirmed registrations with an address (their own or their account's) whose
	 * meeting, still scheduled, starts between now and a horizon, and that were not
	 * reminded; the caller keeps those whose meeting starts within its own reminder lead.
	 * @param now the current time
	 * @param horizon the latest start worth a look (now plus the longest lead in use)
	 * @return the registrations' ids, each with its meeting's start and reminder lead
	 */
	@Query("select r.id, m.startsAt, m.reminderMinutes from Registration r, Meeting m where m.id = r.meetingId"
			+ " and r.state = org.kring.meeting.internal.RegistrationState.CONFIRMED and r.remindedAt is null"
			+ " and (r.email is not null or r.personId is not null)"
			+ " and m.state = org.kring.meeting.internal.MeetingState.SCHEDULED"
			+ " and m.startsAt > :now and m.startsAt <= :horizon")
	List<Object[]> findUnremindedStartingBefore(@Param("now") Instant now, @Param("horizon") Instant horizon);

	/**
	 * Claims a registration's reminder: of two runs at once, only one changes the row.
	 * @param id the registration
	 * @param now the current time
	 * @return 1 when this run claimed it, 0 when another did
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Registration r set r.remindedAt = :now where r.id = :id and r.remindedAt is null")
	int claimReminder(@Param("id") UUID id, @Param("now") Instant now);

	/**
	 * A registration's id with its meeting's.
	 *
	 * @param meetingId the meeting
	 * @param id the registration
	 */
	record Key(UUID meetingId, UUID id) {
	}

}
