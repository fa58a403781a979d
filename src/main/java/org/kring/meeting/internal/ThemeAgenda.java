package org.kring.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.meeting.MeetingCancelled;
import org.kring.meeting.MeetingClosed;
import org.kring.meeting.ThemeScheduled;
import org.kring.system.KringPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's theme agenda: members propose themes and support them, facilitators
 * schedule a theme onto an upcoming meeting, merge duplicates and decline themes with a
 * reason; a closed meeting's theme is done, a cancelled meeting's theme is proposed
 * again.
 * <p>
 * Whoever proposes a theme supports it from the start, and may withdraw that support like
 * anyone else. Supports are counted again while the theme's row is locked, so the count
 * is exact under any number of simultaneous clicks.
 * <p>
 * Every action throws {@link ThemeAccessDenied} for someone who may not take it (hidden
 * when they may not read the community, or the theme belongs to another community) and
 * {@link ThemeRefused} with a message key when the rules refuse it; nothing is changed
 * then.
 */
@Service
public class ThemeAgenda {

	static final int DECLINE_REASON_MAX = 1000;

	private final Themes themes;

	private final AgendaQueries queries;

	private final Meetings meetings;

	private final MeetingAccess access;

	private final CommunityManagement communities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ThemeAgenda(Themes themes, AgendaQueries queries, Meetings meetings, MeetingAccess access,
			CommunityManagement communities, ApplicationEventPublisher events, Clock clock) {
		this.themes = themes;
		this.queries = queries;
		this.meetings = meetings;
		this.access = access;
		this.communities = communities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A member proposes a theme, and supports it.
	 * @param me the member
	 * @param communityId the community
	 * @param proposal the checked proposal
	 * @return the new theme
	 */
	@Transactional
	public Theme propose(@Nullable KringPrincipal me, UUID communityId, ThemeProposal proposal) {
		UUID member = requireMember(me, communityId);
		Instant now = this.clock.instant();
		Theme theme = this.themes.saveAndFlush(Theme.propose(communityId, proposal, member, now));
		this.themes.addSupport(theme.id(), member, now);
		theme.counted(1);
		return theme;
	}

	/**
	 * A member supports a proposed or scheduled theme.
	 * @param me the member
	 * @param communityId the community whose agenda the address named
	 * @param themeId the theme
	 * @return the theme, with its new count
	 * @throws ThemeRefused {@code agenda.support.already} when they support it already,
	 * {@code agenda.theme.closed} when the theme was merged, declined or is done
	 */
	@Transactional
	public Theme support(@Nullable KringPrincipal me, UUID communityId, UUID themeId) {
		UUID member = requireMember(me, communityId);
		Theme theme = lockedOpen(communityId, themeId);
		if (this.themes.countSupport(themeId, member) > 0) {
			throw new ThemeRefused("support", "agenda.support.already");
		}
		this.themes.addSupport(themeId, member, this.clock.instant());
		theme.counted(this.themes.countSupports(themeId));
		return theme;
	}

	/**
	 * A member withdraws their support.
	 * @param me the member
	 * @param communityId the community whose agenda the address named
	 * @param themeId the theme
	 * @return the theme, with its new count
	 * @throws ThemeRefused {@code agenda.support.none} when they do not support it,
	 * {@code agenda.theme.closed} when the theme was merged, declined or is done
	 */
	@Transactional
	public Theme withdraw(@Nullable KringPrincipal me, UUID communityId, UUID themeId) {
		UUID member = requireMember(me, communityId);
		Theme theme = lockedOpen(communityId, themeId);
		if (this.themes.removeSupport(themeId, member) == 0) {
			throw new ThemeRefused("support", "agenda.support.none");
		}
		theme.counted(this.themes.countSupports(themeId));
		return theme;
	}

	/**
	 * A facilitator makes a proposed theme the theme of an upcoming meeting of the same
	 * community that has no theme from the agenda yet, and tells the theme's supporters
	 * through {@link ThemeScheduled}.
	 * @param me the facilitator
	 * @param communityId the community whose agenda the address named
	 * @param themeId the theme
	 * @param meetingId the meeting, or null when none was chosen
	 * @return the scheduled theme
	 * @throws ThemeRefused with field {@code meeting} when the meeting is missing, of
	 * another community, past, cancelled or closed, or treats another theme already
	 */
	@Transactional
	public Theme schedule(@Nullable KringPrincipal me, UUID communityId, UUID themeId, @Nullable UUID meetingId) {
		UUID planner = requirePlanner(me, communityId);
		Theme theme = lockedProposed(communityId, themeId);
		if (meetingId == null) {
			throw new ThemeRefused("meeting", "agenda.schedule.meetingRequired");
		}
		Meeting meeting = this.meetings.lockById(meetingId)
			.filter((found) -> found.communityId().equals(communityId))
			.orElseThrow(() -> new ThemeRefused("meeting", "agenda.schedule.meetingElsewhere"));
		Instant now = this.clock.instant();
		if (meeting.state() != MeetingState.SCHEDULED) {
			throw new ThemeRefused("meeting", "agenda.schedule.meetingNotScheduled");
		}
		if (!meeting.startsAt().isAfter(now)) {
			throw new ThemeRefused("meeting", "agenda.schedule.meetingPast");
		}
		if (this.themes.findByMeetingId(meetingId).isPresent()) {
			throw new ThemeRefused("meeting", "agenda.schedule.meetingTaken");
		}
		theme.schedule(meetingId, planner, now);
		meeting.treat(theme.title(), now);
		this.events.publishEvent(
				new ThemeScheduled(themeId, communityId, meetingId, theme.title(), this.queries.supportersOf(themeId)));
		return theme;
	}

	/**
	 * A facilitator takes a scheduled theme off its meeting, back among the proposed
	 * themes; the meeting no longer names it as its theme.
	 * @param me the facilitator
	 * @param communityId the community whose agenda the address named
	 * @param themeId the theme
	 * @return the theme
	 * @throws ThemeRefused {@code agenda.unschedule.notScheduled} when it is not
	 * scheduled, or its meeting already took place or was cancelled
	 */
	@Transactional
	public Theme unschedule(@Nullable KringPrincipal me, UUID communityId, UUID themeId) {
		UUID planner = requirePlanner(me, communityId);
		Theme theme = locked(communityId, themeId);
		UUID meetingId = theme.meetingId();
		if (theme.state() != ThemeState.SCHEDULED || meetingId == null) {
			throw new ThemeRefused("unschedule", "agenda.unschedule.notScheduled");
		}
		Instant now = this.clock.instant();
		this.meetings.lockById(meetingId)
			.filter((meeting) -> meeting.state() == MeetingState.SCHEDULED)
			.ifPresent((meeting) -> meeting.treat(null, now));
		theme.unschedule(planner, now);
		return theme;
	}

	/**
	 * A facilitator folds a proposed theme into another proposed or scheduled theme of
	 * the same community: its supporters support the other theme (once each), and the
	 * other theme's count is made again.
	 * @param me the facilitator
	 * @param communityId the community whose agenda the address named
	 * @param themeId the duplicate
	 * @param intoId the theme it duplicates, or null when none was chosen
	 * @return the theme merged into
	 * @throws ThemeRefused with field {@code into} when no other open theme of the
	 * community was chosen, or it is the theme itself
	 */
	@Transactional
	public Theme merge(@Nullable KringPrincipal me, UUID communityId, UUID themeId, @Nullable UUID intoId) {
		UUID planner = requirePlanner(me, communityId);
		if (intoId == null) {
			throw new ThemeRefused("into", "agenda.merge.targetRequired");
		}
		if (intoId.equals(themeId)) {
			throw new ThemeRefused("into", "agenda.merge.self");
		}
		// Lock both rows in one order, so that two merges of the same pair cannot
		// deadlock.
		boolean themeFirst = themeId.compareTo(intoId) < 0;
		Theme first = this.themes.lockById(themeFirst ? themeId : intoId).orElse(null);
		Theme second = this.themes.lockById(themeFirst ? intoId : themeId).orElse(null);
		Theme theme = inCommunity(themeFirst ? first : second, communityId);
		Theme into = themeFirst ? second : first;
		requireProposed(theme);
		if (into == null || !into.communityId().equals(communityId) || !into.state().open()) {
			throw new ThemeRefused("into", "agenda.merge.targetClosed");
		}
		theme.mergeInto(into.id(), planner, this.clock.instant());
		this.themes.flush();
		this.themes.copySupports(themeId, into.id());
		this.themes.removeSupports(themeId);
		into.counted(this.themes.countSupports(into.id()));
		return into;
	}

	/**
	 * A facilitator declines a proposed theme, saying why.
	 * @param me the facilitator
	 * @param communityId the community whose agenda the address named
	 * @param themeId the theme
	 * @param reason why, as typed
	 * @return the declined theme
	 * @throws ThemeRefused with field {@code declineReason} when the reason is missing or
	 * longer than 1000 characters
	 */
	@Transactional
	public Theme decline(@Nullable KringPrincipal me, UUID communityId, UUID themeId, @Nullable String reason) {
		UUID planner = requirePlanner(me, communityId);
		Theme theme = lockedProposed(communityId, themeId);
		String clean = ThemeProposal.trimmed(reason);
		if (clean == null) {
			throw new ThemeRefused("declineReason", "agenda.decline.reasonRequired");
		}
		if (clean.length() > DECLINE_REASON_MAX) {
			throw new ThemeRefused("declineReason", "agenda.decline.reasonTooLong");
		}
		theme.decline(clean, planner, this.clock.instant());
		return theme;
	}

	/**
	 * A closed meeting's theme from the agenda is done.
	 * @param event the meeting that was closed
	 */
	@ApplicationModuleListener
	void on(MeetingClosed event) {
		this.themes.findByMeetingId(event.meetingId())
			.filter((theme) -> theme.state() == ThemeState.SCHEDULED)
			.ifPresent((theme) -> theme.done(this.clock.instant()));
	}

	/**
	 * A cancelled meeting's theme from the agenda goes back among the proposed themes, to
	 * be scheduled onto another meeting.
	 * @param event the meeting that was called off
	 */
	@ApplicationModuleListener
	void on(MeetingCancelled event) {
		this.themes.findByMeetingId(event.meetingId())
			.filter((theme) -> theme.state() == ThemeState.SCHEDULED)
			.ifPresent((theme) -> theme.unschedule(event.cancelledBy(), this.clock.instant()));
	}

	private UUID requireMember(@Nullable KringPrincipal me, UUID communityId) {
		requireReader(me, communityId);
		if (me == null || !this.access.isMember(me, communityId)) {
			throw new ThemeAccessDenied(false);
		}
		return me.id();
	}

	private UUID requirePlanner(@Nullable KringPrincipal me, UUID communityId) {
		requireReader(me, communityId);
		if (me == null || !this.access.mayPlan(me, communityId)) {
			throw new ThemeAccessDenied(false);
		}
		return me.id();
	}

	private void requireReader(@Nullable KringPrincipal me, UUID communityId) {
		if (!this.communities.canRead(me, communityId)) {
			throw new ThemeAccessDenied(true);
		}
	}

	private Theme locked(UUID communityId, UUID themeId) {
		return inCommunity(this.themes.lockById(themeId).orElse(null), communityId);
	}

	private static Theme inCommunity(@Nullable Theme theme, UUID communityId) {
		if (theme == null || !theme.communityId().equals(communityId)) {
			throw new ThemeAccessDenied(true);
		}
		return theme;
	}

	private Theme lockedOpen(UUID communityId, UUID themeId) {
		Theme theme = locked(communityId, themeId);
		if (!theme.state().open()) {
			throw new ThemeRefused("support", "agenda.theme.closed");
		}
		return theme;
	}

	private Theme lockedProposed(UUID communityId, UUID themeId) {
		return requireProposed(locked(communityId, themeId));
	}

	private static Theme requireProposed(Theme theme) {
		if (theme.state() == ThemeState.SCHEDULED) {
			throw new ThemeRefused("theme", "agenda.theme.scheduled");
		}
		if (theme.state() != ThemeState.PROPOSED) {
			throw new ThemeRefused("theme", "agenda.theme.closed");
		}
		return theme;
	}

}
