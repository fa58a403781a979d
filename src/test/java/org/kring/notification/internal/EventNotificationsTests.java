package org.kring.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.DiscussionMemberMentioned;
import org.kring.discussion.DiscussionMemberWarned;
import org.kring.discussion.DiscussionReplyPosted;
import org.kring.discussion.DiscussionThreadStarted;
import org.kring.expertise.ExpertInputRequested;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.RegistrationConfirmed;
import org.kring.meeting.RegistrationPromoted;
import org.kring.meeting.ThemeScheduled;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingPlanning;
import org.kring.notification.NotificationTestSupport;
import org.kring.practice.PracticePublished;
import org.kring.practice.PracticeReturned;
import org.kring.result.ActionDue;
import org.kring.result.SignalAnswered;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other modules' events become notifications for the right people, after their
 * transaction commits: a community with its facilitator Farida, Mila at the normal level,
 * Noah who muted it and Cleo who watches it.
 */
class EventNotificationsTests extends NotificationTestSupport {

	@Autowired
	MeetingPlanning planning;

	@Autowired
	Preferences preferences;

	@Autowired
	NotificationWriter writer;

	@Autowired
	NotificationPersonalData personalData;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TestPrincipal farida;

	TestPrincipal mila;

	TestPrincipal noah;

	TestPrincipal cleo;

	UUID community;

	@BeforeEach
	void aCommunity() {
		this.farida = member("Farida");
		this.mila = member("Mila");
		this.noah = member("Noah");
		this.cleo = member("Cleo");
		this.community = community("MEMBERS_ONLY", this.farida, this.mila, this.noah, this.cleo);
		this.preferences.save(this.noah.id(), EmailMode.NONE, Map.of(this.community, CommunityLevel.MUTED));
		this.preferences.save(this.cleo.id(), EmailMode.DAILY, Map.of(this.community, CommunityLevel.WATCHING));
	}

	@Test
	void aMeetingPlannedTellsTheMembersButItsPlannerAndWhoMutedTheCommunity() {
		Meeting meeting = this.planning.schedule(this.community, MeetingFixtures.details("Rent clinic", 14, 20, false),
				this.farida.id());

		awaitNotifications(this.mila, 1);
		awaitNotifications(this.cleo, 1);
		assertThat(kindsOf(this.mila)).containsExactly("MEETING_SCHEDULED");
		assertThat(this.jdbc.queryForMap(
				"select link, arguments, community_id, read_at from notification" + " where recipient_id = ?",
				this.mila.id()))
			.containsEntry("link", "/meetings/" + meeting.id())
			.containsEntry("arguments", "Rent clinic\nNetwork " + this.community.toString().substring(0, 6))
			.containsEntry("community_id", this.community)
			.containsEntry("read_at", null);
		assertThat(countOf(this.noah)).isZero();
		assertThat(countOf(this.farida)).isZero();
	}

	@Test
	void discussionsTellWatchersOfEveryThreadAndReplyAndTheNormalOnlyOfRepliesToThemAndMentions() {
		UUID thread = UUID.randomUUID();
		UUID reply = UUID.randomUUID();
		UUID mention = UUID.randomUUID();
		publish(new DiscussionThreadStarted(thread, this.community, this.farida.id(), "Rent tips", Instant.now()),
				new DiscussionReplyPosted(reply, thread, this.community, "Rent tips", this.noah.id(), this.farida.id(),
						Instant.now()),
				new DiscussionMemberMentioned(mention, thread, this.community, "Rent tips", this.mila.id(),
						this.farida.id(), Instant.now()),
				new DiscussionMemberMentioned(mention, thread, this.community, "Rent tips", this.noah.id(),
						this.farida.id(), Instant.now()));

		awaitNotifications(this.cleo, 2);
		awaitNotifications(this.farida, 1);
		awaitNotifications(this.mila, 1);
		assertThat(kindsOf(this.cleo)).containsExactlyInAnyOrder("NEW_THREAD", "REPLY");
		assertThat(kindsOf(this.farida)).containsExactly("REPLY_TO_ME");
		assertThat(kindsOf(this.mila)).containsExactly("MENTION");
		assertThat(countOf(this.noah)).as("muted, and the replier").isZero();
		String slug = this.jdbc.queryForObject("select slug from community where id = ?", String.class, this.community);
		assertThat(this.jdbc.queryForObject("select link from notification where recipient_id = ?", String.class,
				this.farida.id()))
			.isEqualTo("/communities/" + slug + "/discussions/" + thread + "/posts/" + reply);
		assertThat(argumentsOf(this.mila)).startsWith("Rent tips\n");
	}

	@Test
	void aRegistrationConfirmedOrPromotedTellsItsPersonAlsoInAMutedCommunity() {
		Meeting meeting = this.fixtures.meeting(this.community, this.farida, "Tuesday evening");
		publish(new RegistrationConfirmed(meeting.id(), UUID.randomUUID(), this.noah.id(), this.community,
				Instant.now()),
				new RegistrationPromoted(meeting.id(), UUID.randomUUID(), this.mila.id(), this.community,
						Instant.now()));

		awaitNotifications(this.noah, 1);
		awaitNotifications(this.mila, 1);
		assertThat(kindsOf(this.noah)).containsExactly("REGISTRATION_CONFIRMED");
		assertThat(kindsOf(this.mila)).containsExactly("REGISTRATION_PROMOTED");
		assertThat(argumentsOf(this.noah)).isEqualTo("Tuesday evening");
	}

	@Test
	void aModeratorsWarningTellsTheAuthorWarnedAlsoInAMutedCommunityOncePerWarning() {
		UUID thread = UUID.randomUUID();
		UUID post = UUID.randomUUID();
		publish(new DiscussionMemberWarned(UUID.randomUUID(), this.community, this.noah.id(), thread, post, "Rent tips",
				"Keep it civil", Instant.now()),
				new DiscussionMemberWarned(UUID.randomUUID(), this.community, this.noah.id(), thread, post, "Rent tips",
						"Second time", Instant.now()));

		awaitNotifications(this.noah, 2);
		assertThat(kindsOf(this.noah)).containsExactly("MODERATION_WARNING", "MODERATION_WARNING");
		String slug = this.jdbc.queryForObject("select slug from community where id = ?", String.class, this.community);
		assertThat(this.jdbc.queryForList("select arguments from notification where recipient_id = ?", String.class,
				this.noah.id()))
			.contains("Rent tips\nNetwork " + this.community.toString().substring(0, 6) + "\nKeep it civil");
		assertThat(this.jdbc.queryForList("select link from notification where recipient_id = ?", String.class,
				this.noah.id()))
			.containsOnly("/communities/" + slug + "/discussions/" + thread + "/posts/" + post);
		assertThat(countOf(this.mila)).isZero();
	}

	@Test
	void aThemeScheduledTellsItsSupportersButWhoMutedTheCommunity() {
		Meeting meeting = this.fixtures.meeting(this.community, this.farida, "Tuesday evening");
		publish(new ThemeScheduled(UUID.randomUUID(), this.community, meeting.id(), "Rent allowances",
				List.of(this.noah.id(), this.mila.id())));

		awaitNotifications(this.mila, 1);
		assertThat(kindsOf(this.mila)).containsExactly("THEME_SCHEDULED");
		assertThat(argumentsOf(this.mila)).isEqualTo("Rent allowances\nTuesday evening");
		assertThat(countOf(this.noah)).isZero();
		assertThat(countOf(this.cleo)).isZero();
	}

	@Test
	void aSignalAnsweredTellsTheMembersButWhoMutedTheCommunity() {
		UUID signal = UUID.randomUUID();
		publish(new SignalAnswered(signal, this.community, "Waiting times", Instant.now()));

		awaitNotifications(this.farida, 1);
		awaitNotifications(this.mila, 1);
		awaitNotifications(this.cleo, 1);
		assertThat(kindsOf(this.mila)).containsExactly("SIGNAL_ANSWERED");
		assertThat(this.jdbc.queryForObject("select link from notification where recipient_id = ?", String.class,
				this.mila.id()))
			.isEqualTo("/signals/" + signal);
		assertThat(countOf(this.noah)).isZero();
	}

	@Test
	void anActionDueTellsItsOwnersAlsoInAMutedCommunity() {
		UUID action = UUID.randomUUID();
		LocalDate due = LocalDate.now().plusDays(7);
		publish(new ActionDue(action, this.community, "Hand in the report", due, LocalDate.now(),
				List.of(this.noah.id(), this.mila.id())));

		awaitNotifications(this.noah, 1);
		awaitNotifications(this.mila, 1);
		assertThat(kindsOf(this.noah)).containsExactly("ACTION_DUE");
		assertThat(this.jdbc.queryForMap("select link, arguments from notification where recipient_id = ?",
				this.noah.id()))
			.containsEntry("link", "/actions/" + action)
			.containsEntry("arguments", "Hand in the report\n" + due);
		assertThat(countOf(this.cleo)).isZero();
	}

	@Test
	void aPracticeReturnedOrPublishedAndARequestForInputTellTheirPersonOnly() {
		UUID practice = UUID.randomUUID();
		UUID request = UUID.randomUUID();
		PracticeReturned returned = new PracticeReturned(practice, this.noah.id(), UUID.randomUUID());
		publish(returned, returned, new PracticePublished(practice, this.noah.id()), new ExpertInputRequested(request,
				List.of(this.noah.id(), this.cleo.id()), this.farida.id(), LocalDate.now().plusDays(7)));

		awaitNotifications(this.noah, 3);
		awaitNotifications(this.cleo, 1);
		assertThat(kindsOf(this.noah)).containsExactlyInAnyOrder("PRACTICE_RETURNED", "PRACTICE_PUBLISHED",
				"EXPERT_REQUEST");
		assertThat(this.jdbc.queryForMap("select link, arguments from notification where recipient_id = ?",
				this.cleo.id()))
			.containsEntry("link", "/experts/requests/" + request)
			.containsEntry("arguments", "");
		assertThat(countOf(this.farida)).isZero();
	}

	@Test
	void anEventDeliveredTwiceNotifiesOnce() {
		UUID subject = UUID.randomUUID();
		List<UUID> first = this.writer.notify(Set.of(this.mila.id(), this.noah.id()),
				NotificationKind.MEETING_SCHEDULED, this.community, subject, "/meetings/" + subject, List.of("A", "B"));
		List<UUID> again = this.writer.notify(Set.of(this.mila.id(), this.cleo.id()),
				NotificationKind.MEETING_SCHEDULED, this.community, subject, "/meetings/" + subject, List.of("A", "B"));

		assertThat(first).containsExactly(this.mila.id());
		assertThat(again).containsExactly(this.cleo.id());
		assertThat(countOf(this.mila)).isEqualTo(1);
	}

	@Test
	void aPersonsNotificationsAndPreferencesAreExportedAndErased() {
		UUID subject = UUID.randomUUID();
		this.writer.notify(Set.of(this.mila.id()), NotificationKind.MEETING_SCHEDULED, this.community, subject,
				"/meetings/" + subject, List.of("Rent clinic", "Riverside"));

		assertThat(this.personalData.export(this.mila.id())).containsEntry("emailMode", "WEEKLY")
			.extractingByKey("notifications")
			.asString()
			.contains("MEETING_SCHEDULED", "/meetings/" + subject, "[Rent clinic, Riverside]", "read=false");
		assertThat(this.personalData.export(this.noah.id())).containsEntry("emailMode", "NONE")
			.containsEntry("communityLevels", Map.of(this.community.toString(), "MUTED"));
		assertThat(this.personalData.export(this.farida.id())).isEmpty();

		this.personalData.erase(this.mila.id());
		this.personalData.erase(this.noah.id());

		assertThat(this.personalData.export(this.mila.id())).isEmpty();
		assertThat(this.personalData.export(this.noah.id())).isEmpty();
	}

	private void publish(Object... published) {
		this.transactions.executeWithoutResult((status) -> {
			for (Object event : published) {
				this.events.publishEvent(event);
			}
		});
	}

	private String argumentsOf(TestPrincipal person) {
		return this.jdbc.queryForObject("select arguments from notification where recipient_id = ?", String.class,
				person.id());
	}

}
