package org.kring.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The meetings as planning sees them: a community's agenda and a series' occurrences.
 */
public interface PlannedMeetings extends Repository<Meeting, UUID> {

	/**
	 * A community's meetings from a moment on, soonest first.
	 * @param communityId the community
	 * @param from the moment
	 * @param limit how many at most
	 * @return the meetings
	 */
	List<Meeting> findByCommunityIdAndStartsAtGreaterThanEqualOrderByStartsAt(UUID communityId, Instant from,
			Limit limit);

	/**
	 * A community's meetings before a moment, latest first.
	 * @param communityId the community
	 * @param before the moment
	 * @param limit how many at most
	 * @return the meetings
	 */
	List<Meeting> findByCommunityIdAndStartsAtLessThanOrderByStartsAtDesc(UUID communityId, Instant before,
			Limit limit);

	/**
	 * A series' meetings from a moment on, soonest first.
	 * @param seriesId the series
	 * @param from the moment
	 * @return the meetings
	 */
	List<Meeting> findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(UUID seriesId, Instant from);

	/**
	 * The dates a series generated meetings for, whatever became of them.
	 * @param seriesId the series
	 * @return the dates
	 */
	@Query("select m.occurrenceDate from Meeting m where m.seriesId = :seriesId")
	List<LocalDate> occurrenceDates(@Param("seriesId") UUID seriesId);

	/**
	 * How many registrations a meeting has, cancelled ones included: a meeting with any
	 * is cancelled, never deleted.
	 * @param meetingId the meeting
	 * @return the number
	 */
	@Query(value = "select count(*) from meeting_registration where meeting_id = :meetingId", nativeQuery = true)
	long registrationsOf(@Param("meetingId") UUID meetingId);

	/**
	 * Deletes a meeting without registrations.
	 * @param meeting the meeting
	 */
	void delete(Meeting meeting);

}
