package org.kring.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.discussion.DiscussionMemberMentioned;
import org.kring.discussion.DiscussionMemberWarned;
import org.kring.discussion.DiscussionReplyPosted;
import org.kring.discussion.DiscussionThreadStarted;
import org.kring.expertise.ExpertInputRequested;
import org.kring.meeting.MeetingScheduled;
import org.kring.meeting.MeetingTitles;
import org.kring.meeting.RegistrationConfirmed;
import org.kring.meeting.RegistrationPromoted;
import org.kring.meeting.ThemeScheduled;
import org.kring.practice.PracticePublished;
import org.kring.practice.PracticeReturned;
import org.kring.result.ActionDue;
import org.kring.result.SignalAnswered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into notifications, after their transaction commits.
 * Whom each concerns comes from the event or from the owning module's API, in a fixed
 * number of queries whatever the number of people:
 * <ul>
 * <li>a thread started: the community's members but its author (only those watching the
 * community let it through);</li>
 * <li>a reply: the author it answers, as a reply to them, and the other members but the
 * replier as a reply (again only those watching);</li>
 * <li>a mention: the member mentioned;</li>
 * <li>a moderator's warning: the member warned, with the moderator's reason, also in a
 * muted community;</li>
 * <li>a meeting planned on its own, still ahead: the community's members but its
 * planner;</li>
 * <li>a registration confirmed, or promoted from the waiting list: its person, when they
 * have an account;</li>
 * <li>a theme scheduled onto a meeting: its supporters;</li>
 * <li>a signal answered: the community's members;</li>
 * <li>an action due within a week: its owners, once per reminder;</li>
 * <li>a practice returned or published: its submitter;</li>
 * <li>a request for expert input: the experts asked.</li>
 * </ul>
 * A notification keeps titles and names of communities, never a person's name, so that
 * erasing a person leaves nothing of them in other people's notifications.
 */
@Component
class EventNotifications {

	private final NotificationWriter writer;

	private final CommunityManagement communities;

	private final MeetingTitles meetings;

	private final Clock clock;

	EventNotifications(NotificationWriter writer, CommunityManagement communities, MeetingTitles meetings,
			Clock clock) {
		this.writer = writer;
		this.communities = communities;
		this.meetings = meetings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DiscussionThreadStarted event) {
		Set<UUID> members = new HashSet<>(this.communities.membersOf(event.communityId()));
		members.remove(event.authorId());
		CommunitySummary community = this.communities.find(event.communityId()).orElse(null);
		this.writer.notify(members, NotificationKind.NEW_THREAD, event.communityId(), event.threadId(),
				threadPath(community, event.threadId(), null), List.of(event.title(), name(community)));
	}

	@ApplicationModuleListener
	void on(DiscussionReplyPosted event) {
		CommunitySummary community = this.communities.find(event.communityId()).orElse(null);
		String link = threadPath(community, event.threadId(), event.postId());
		List<String> arguments = List.of(event.threadTitle(), name(community));
		Set<UUID> watchers = new HashSet<>(this.communities.membersOf(event.communityId()));
		watchers.remove(event.authorId());
		if (event.repliedToAuthorId() != null) {
			watchers.remove(event.repliedToAuthorId());
			this.writer.notify(Set.of(event.repliedToAuthorId()), NotificationKind.REPLY_TO_ME, event.communityId(),
					event.postId(), link, arguments);
		}
		this.writer.notify(watchers, NotificationKind.REPLY, event.communityId(), event.postId(), link, arguments);
	}

	@ApplicationModuleListener
	void on(DiscussionMemberMentioned event) {
		CommunitySummary community = this.communities.find(event.communityId()).orElse(null);
		this.writer.notify(Set.of(event.mentionedPersonId()), NotificationKind.MENTION, event.communityId(),
				event.postId(), threadPath(community, event.threadId(), event.postId()),
				List.of(event.threadTitle(), name(community)));
	}

	@ApplicationModuleListener
	void on(DiscussionMemberWarned event) {
		CommunitySummary community = this.communities.find(event.communityId()).orElse(null);
		this.writer.notify(Set.of(event.personId()), NotificationKind.MODERATION_WARNING, event.communityId(),
				event.warningId(), threadPath(community, event.threadId(), event.postId()),
				List.of(event.threadTitle(), name(community), event.reason()));
	}

	@ApplicationModuleListener
	void on(MeetingScheduled event) {
		// a meeting recorded after it took place is history, not news
		if (!event.startsAt().isAfter(this.clock.instant())) {
			return;
		}
		Set<UUID> members = new HashSet<>(this.communities.membersOf(event.communityId()));
		members.remove(event.scheduledBy());
		this.writer.notify(members, NotificationKind.MEETING_SCHEDULED, event.communityId(), event.meetingId(),
				meetingPath(event.meetingId()), List.of(event.title(), communityName(event.communityId())));
	}

	@ApplicationModuleListener
	void on(RegistrationConfirmed event) {
		registration(NotificationKind.REGISTRATION_CONFIRMED, event.personId(), event.communityId(), event.meetingId(),
				event.registrationId());
	}

	@ApplicationModuleListener
	void on(RegistrationPromoted event) {
		registration(NotificationKind.REGISTRATION_PROMOTED, event.personId(), event.communityId(), event.meetingId(),
				event.registrationId());
	}

	@ApplicationModuleListener
	void on(ThemeScheduled event) {
		this.writer.notify(event.supporters(), NotificationKind.THEME_SCHEDULED, event.communityId(),
				subject(event.themeId(), event.meetingId()), meetingPath(event.meetingId()),
				List.of(event.title(), meetingTitle(event.meetingId())));
	}

	@ApplicationModuleListener
	void on(SignalAnswered event) {
		this.writer.notify(this.communities.membersOf(event.communityId()), NotificationKind.SIGNAL_ANSWERED,
				event.communityId(), event.signalId(), "/signals/" + event.signalId(),
				List.of(event.title(), communityName(event.communityId())));
	}

	@ApplicationModuleListener
	void on(ActionDue event) {
		this.writer.notify(event.ownerIds(), NotificationKind.ACTION_DUE, event.communityId(),
				subject(event.actionId(), event.remindedOn()), "/actions/" + event.actionId(),
				List.of(event.title(), event.dueOn().toString()));
	}

	@ApplicationModuleListener
	void on(PracticeReturned event) {
		// a practice may come back again after it is resubmitted: each return is news of
		// its own, told once however often its event is delivered
		this.writer.notify(Set.of(event.submitterId()), NotificationKind.PRACTICE_RETURNED, null, event.returnId(),
				practicePath(event.practiceId()), List.of());
	}

	@ApplicationModuleListener
	void on(PracticePublished event) {
		this.writer.notify(Set.of(event.submitterId()), NotificationKind.PRACTICE_PUBLISHED, null, event.practiceId(),
				practicePath(event.practiceId()), List.of());
	}

	@ApplicationModuleListener
	void on(ExpertInputRequested event) {
		this.writer.notify(event.expertIds(), NotificationKind.EXPERT_REQUEST, null, event.requestId(),
				"/experts/requests/" + event.requestId(), List.of());
	}

	private void registration(NotificationKind kind, @Nullable UUID personId, UUID communityId, UUID meetingId,
			UUID registrationId) {
		if (personId == null) {
			return;
		}
		this.writer.notify(Set.of(personId), kind, communityId, registrationId, meetingPath(meetingId),
				List.of(meetingTitle(meetingId)));
	}

	private String communityName(UUID communityId) {
		return name(this.communities.find(communityId).orElse(null));
	}

	private static String name(@Nullable CommunitySummary community) {
		return (community != null) ? community.name() : "";
	}

	/**
	 * A thread's page, or a post's own address, which leads to the page of the thread
	 * that holds it; the notifications without a community.
	 */
	private static String threadPath(@Nullable CommunitySummary community, UUID threadId, @Nullable UUID postId) {
		if (community == null) {
			return "/notifications";
		}
		return "/communities/" + community.slug() + "/discussions/" + threadId
				+ ((postId != null) ? "/posts/" + postId : "");
	}

	private String meetingTitle(UUID meetingId) {
		MeetingTitles.Titled titled = this.meetings.of(Set.of(meetingId)).get(meetingId);
		return (titled != null) ? titled.title() : "";
	}

	private static String meetingPath(UUID meetingId) {
		return "/meetings/" + meetingId;
	}

	private static String practicePath(UUID practiceId) {
		return "/practices/" + practiceId;
	}

	/** One subject for a pair, such as a theme on a meeting or an action on a day. */
	private static UUID subject(UUID first, Object second) {
		return UUID.nameUUIDFromBytes((first + "/" + second).getBytes(StandardCharsets.UTF_8));
	}

}
