package org.kring.meeting.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The meetings calendars, feeds and the API list, each in one query (and one count for a
 * page) whatever their number. They read the meeting's own columns only: speakers,
 * facilitators and questions stay unloaded.
 */
public interface CalendarMeetings extends Repository<Meeting, UUID> {

	/**
	 * A community's meetings from a moment on, by start.
	 * @param communityId the community
	 * @param from the earliest start
	 * @return the meetings, cancelled ones included
	 */
	@Query("select m from Meeting m where m.communityId = :community and m.startsAt >= :from order by m.startsAt, m.id")
	List<Meeting> ofCommunity(@Param("community") UUID communityId, @Param("from") Instant from);

	/**
	 * Meetings someone may see on a calendar across communities, in a span of time.
	 * @param withPublic whether public meetings of any community count
	 * @param communities the communities whose meetings all count; never empty
	 * @param theme a lower-case {@code like} pattern the theme must match, {@code %} for
	 * any (escape character {@code \})
	 * @param from the earliest start
	 * @param until the start comes before this
	 * @param pageable the page
	 * @return the page of meetings, by start
	 */
	@Query(value = "select m from Meeting m where ((:withPublic = true and m.publicMeeting = true)"
			+ " or m.communityId in :communities) and m.startsAt >= :from and m.startsAt < :until"
			+ " and lower(coalesce(m.theme, '')) like :theme escape '\\' order by m.startsAt, m.id",
			countQuery = "select count(m) from Meeting m where ((:withPublic = true and m.publicMeeting = true)"
					+ " or m.communityId in :communities) and m.startsAt >= :from and m.startsAt < :until"
					+ " and lower(coalesce(m.theme, '')) like :theme escape '\\'")
	Page<Meeting> onCalendar(@Param("withPublic") boolean withPublic,
			@Param("communities") Collection<UUID> communities, @Param("theme") String theme,
			@Param("from") Instant from, @Param("until") Instant until, Pageable pageable);

	/**
	 * All meetings someone may see on a calendar across communities, in a span of time.
	 * @param withPublic whether public meetings of any community count
	 * @param communities the communities whose meetings all count; never empty
	 * @param theme a lower-case {@code like} pattern the theme must match
	 * @param from the earliest start
	 * @param until the start comes before this
	 * @return the meetings, by start
	 */
	@Query("select m from Meeting m where ((:withPublic = true and m.publicMeeting = true)"
			+ " or m.communityId in :communities) and m.startsAt >= :from and m.startsAt < :until"
			+ " and lower(coalesce(m.theme, '')) like :theme escape '\\' order by m.startsAt, m.id")
	List<Meeting> onCalendar(@Param("withPublic") boolean withPublic,
			@Param("communities") Collection<UUID> communities, @Param("theme") String theme,
			@Param("from") Instant from, @Param("until") Instant until);

	/**
	 * Some meetings from a moment on, by start.
	 * @param ids the meetings
	 * @param from the earliest start
	 * @return the meetings
	 */
	@Query("select m from Meeting m where m.id in :ids and m.startsAt >= :from order by m.startsAt, m.id")
	List<Meeting> amongFrom(@Param("ids") Collection<UUID> ids, @Param("from") Instant from);

	/**
	 * The next scheduled meetings someone may see, cancelled and closed ones left out.
	 * @param withPublic whether public meetings of any community count
	 * @param communities the communities whose meetings all count; never empty
	 * @param from the earliest start
	 * @param limit how many at most
	 * @return the meetings, by start
	 */
	@Query("select m from Meeting m where ((:withPublic = true and m.publicMeeting = true)"
			+ " or m.communityId in :communities) and m.startsAt >= :from"
			+ " and m.state = org.kring.meeting.internal.MeetingState.SCHEDULED order by m.startsAt, m.id")
	List<Meeting> nextScheduled(@Param("withPublic") boolean withPublic,
			@Param("communities") Collection<UUID> communities, @Param("from") Instant from, Limit limit);

}
