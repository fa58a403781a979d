package org.kring.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which meetings each calendar holds, in a fixed number of queries whatever their number.
 * The rules agree with {@link MeetingAccess#canRead}: a visitor sees the public meetings
 * and every meeting of a community visitors read.
 */
@Service
public class MeetingCalendar {

	/** How far back feeds reach, so that calendar programs keep recent meetings. */
	public static final Duration RECENT = Duration.ofDays(92);

	/** Later than any meeting. */
	public static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

	private static final List<UUID> NONE = List.of(new UUID(0, 0));

	private final CalendarMeetings meetings;

	private final CommunityManagement communities;

	private final PersonalFeeds feeds;

	MeetingCalendar(CalendarMeetings meetings, CommunityManagement communities, PersonalFeeds feeds) {
		this.meetings = meetings;
		this.communities = communities;
		this.feeds = feeds;
	}

	/**
	 * Everything a visitor may see, from recent meetings on: {@code /calendar.ics}.
	 * @param now the current time
	 * @return the meetings, by start
	 */
	@Transactional(readOnly = true)
	public List<Meeting> publicFeed(Instant now) {
		Set<UUID> readable = ids(this.communities.readableBy(null));
		return this.meetings.onCalendar(true, nonEmpty(readable), "%", now.minus(RECENT), FAR_FUTURE);
	}

	/**
	 * A community's meetings from recent ones on; callers check who may read the
	 * community.
	 * @param communityId the community
	 * @param now the current time
	 * @return the meetings, by start
	 */
	@Transactional(readOnly = true)
	public List<Meeting> communityFeed(UUID communityId, Instant now) {
		return this.meetings.ofCommunity(communityId, now.minus(RECENT));
	}

	/**
	 * The meetings a person registered for, from recent ones on.
	 * @param personId the person
	 * @param now the current time
	 * @return the meetings, by start
	 */
	@Transactional(readOnly = true)
	public List<Meeting> personalFeed(UUID personId, Instant now) {
		List<UUID> registered = this.feeds.registeredMeetingsOf(personId);
		return registered.isEmpty() ? List.of() : this.meetings.amongFrom(registered, now.minus(RECENT));
	}

	/**
	 * One page of meetings on a calendar.
	 * @param scope whose meetings count
	 * @param theme text the theme contains, or null for any
	 * @param from the earliest start
	 * @param until the start comes before this
	 * @param page the page, from 0
	 * @param size how many a page holds
	 * @return the page, by start
	 */
	@Transactional(readOnly = true)
	public Page<Meeting> page(Scope scope, @Nullable String theme, Instant from, Instant until, int page, int size) {
		return this.meetings.onCalendar(scope.withPublic(), nonEmpty(scope.communities()), pattern(theme), from, until,
				PageRequest.of(page, size));
	}

	/**
	 * All meetings on a calendar in a span of time, such as a month.
	 * @param scope whose meetings count
	 * @param theme text the theme contains, or null for any
	 * @param from the earliest start
	 * @param until the start comes before this
	 * @return the meetings, by start
	 */
	@Transactional(readOnly = true)
	public List<Meeting> span(Scope scope, @Nullable String theme, Instant from, Instant until) {
		return this.meetings.onCalendar(scope.withPublic(), nonEmpty(scope.communities()), pattern(theme), from, until);
	}

	/**
	 * The next scheduled meetings on a calendar, without counting them all.
	 * @param scope whose meetings count
	 * @param from the earliest start
	 * @param limit how many at most
	 * @return the meetings, by start
	 */
	@Transactional(readOnly = true)
	public List<Meeting> next(Scope scope, Instant from, int limit) {
		return this.meetings.nextScheduled(scope.withPublic(), nonEmpty(scope.communities()), from, Limit.of(limit));
	}

	/**
	 * The ids of some communities.
	 * @param summaries the communities
	 * @return their ids
	 */
	public static Set<UUID> ids(Collection<CommunitySummary> summaries) {
		return summaries.stream().map(CommunitySummary::id).collect(Collectors.toSet());
	}

	private static Collection<UUID> nonEmpty(Collection<UUID> ids) {
		return ids.isEmpty() ? NONE : ids;
	}

	static String pattern(@Nullable String theme) {
		if (theme == null || theme.isBlank()) {
			return "%";
		}
		String escaped = theme.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/**
	 * Whose meetings a calendar shows.
	 *
	 * @param withPublic whether public meetings of any community count
	 * @param communities the communities whose meetings all count
	 */
	public record Scope(boolean withPublic, Set<UUID> communities) {

		public Scope {
			communities = Set.copyOf(communities);
		}

	}

}
