package org.kring.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.MeetingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upcoming meetings anyone may see, for pages of other modules such as the home page:
 * the same meetings as {@code /calendar} shows a visitor.
 */
@Service
public class UpcomingMeetings {

	private final MeetingCalendar calendar;

	private final CommunityManagement communities;

	private final Clock clock;

	UpcomingMeetings(MeetingCalendar calendar, CommunityManagement communities, Clock clock) {
		this.calendar = calendar;
		this.communities = communities;
		this.clock = clock;
	}

	/**
	 * The next meetings a visitor may see, cancelled ones left out.
	 * @param limit how many at most
	 * @return the meetings, soonest first, in a fixed number of queries
	 */
	@Transactional(readOnly = true)
	public List<UpcomingMeeting> publicOnes(int limit) {
		Map<UUID, String> readable = this.communities.readableBy(null)
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (first, second) -> first));
		Instant now = this.clock.instant();
		MeetingCalendar.Scope visitor = new MeetingCalendar.Scope(true, readable.keySet());
		return this.calendar.next(visitor, now, limit)
			.stream()
			.map((meeting) -> new UpcomingMeeting(meeting.id(), meeting.title(), meeting.theme(), meeting.start(),
					readable.get(meeting.communityId())))
			.toList();
	}

}
