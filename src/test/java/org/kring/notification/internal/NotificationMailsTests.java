package org.kring.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.community.CommunityManagement;
import org.kring.notification.NotificationTestSupport;
import org.kring.notification.SentMail;
import org.kring.system.KringProperties;
import org.kring.system.TestPrincipal;
import org.kring.system.mail.Mailer;
import org.kring.system.security.LinkSecrets;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications by e-mail: each at once for those who want that, daily and weekly digests
 * listing exactly what is new and unread, in the recipient's language, as text and HTML
 * with the preferences and a one-click unsubscribe link; never twice, also when two runs
 * go at once or a mail is refused. Mila reads English and Noah Dutch; both are members of
 * one community.
 */
class NotificationMailsTests extends NotificationTestSupport {

	@Autowired
	NotificationMails mails;

	@Autowired
	NotificationWriter writer;

	@Autowired
	Preferences preferences;

	@Autowired
	Inbox inbox;

	@Autowired
	NotificationPersonalData personalData;

	@Autowired
	NotificationMailSettings settings;

	@Autowired
	KringProperties properties;

	@Autowired
	MailStore store;

	@Autowired
	NotificationMailComposer composer;

	@Autowired
	Unsubscriptions unsubscriptions;

	@Autowired
	CommunityManagement communities;

	@Autowired
	TransactionTemplate transactions;

	TestPrincipal mila;

	TestPrincipal noah;

	UUID community;

	String communityName;

	@BeforeEach
	void aCommunity() {
		TestPrincipal farida = member("Farida");
		this.mila = member("Mila");
		this.noah = member("Noah", Locale.forLanguageTag("nl"));
		this.community = community("MEMBERS_ONLY", farida, this.mila, this.noah);
		this.communityName = "Network " + this.community.toString().substring(0, 6);
	}

	@Test
	void aDailyDigestListsExactlyTheNewUnreadMailableItemsByCommunity() {
		daily(this.mila);
		UUID meeting = notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");
		UUID mention = notify(this.mila, NotificationKind.MENTION, this.community, "Heating tips");
		UUID practice = notify(this.mila, NotificationKind.PRACTICE_PUBLISHED, null, "");
		notify(this.mila, NotificationKind.REGISTRATION_CONFIRMED, this.community, "Mailed by the meetings");
		UUID read = notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Seen already");
		this.inbox.markRead(this.mila.id(), read);

		assertThat(this.mails.sendDigests(dailyDue())).isPositive();

		List<SentMail> received = SentMail.to(emailOf(this.mila));
		assertThat(received).hasSize(1);
		SentMail mail = received.get(0);
		assertThat(mail.subject()).isEqualTo("Your daily digest of Kring: 3 new notifications");
		assertThat(mail.types().get(0)).startsWith("multipart/");
		assertThat(mail.types()).anySatisfy((type) -> assertThat(type).startsWith("multipart/alternative"))
			.anySatisfy((type) -> assertThat(type).startsWith("text/plain"))
			.anySatisfy((type) -> assertThat(type).startsWith("text/html"));
		assertThat(mail.text()).contains("Hello Mila,")
			.contains(this.communityName + "\n- A meeting is planned in " + this.communityName + ": Rent clinic\n  "
					+ "http://localhost:8080/notifications/" + meeting + "\n- You were mentioned in "
					+ this.communityName + ": Heating tips\n  http://localhost:8080/notifications/" + mention)
			.contains("For you\n- Your good practice is published.\n  http://localhost:8080/notifications/" + practice)
			.contains("Choose how often you get these e-mails: http://localhost:8080/notifications/preferences")
			.contains("http://localhost:8080/notifications/unsubscribe/")
			.doesNotContain("Mailed by the meetings")
			.doesNotContain("Seen already");
		assertThat(mail.html()).contains("<html lang=\"en\" dir=\"ltr\">")
			.contains("<a href=\"http://localhost:8080/notifications/" + meeting
					+ "\" style=\"color:#0b5394\">A meeting is planned in " + this.communityName + ": Rent clinic</a>")
			.contains("<a href=\"http://localhost:8080/notifications/preferences\"")
			.contains("Your good practice is published.")
			.doesNotContain("Mailed by the meetings")
			.doesNotContain("Seen already");
		assertThat(mail.html().indexOf("Rent clinic")).isLessThan(mail.html().indexOf("For you"));
		assertThat(mail.listUnsubscribe()).startsWith("<http://localhost:8080/notifications/unsubscribe/");
		assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.text()).contains(mail.unsubscribePath());
		assertThat(mail.html()).contains(mail.unsubscribePath());
		String secret = mail.unsubscribePath().substring("/notifications/unsubscribe/".length());
		assertThat(this.jdbc.queryForList("select secret_hash from notification_unsubscribe where person_id = ?",
				String.class, this.mila.id()))
			.containsExactly(LinkSecrets.hash(secret));
		assertThat(mailed(meeting)).isTrue();
		assertThat(mailed(read)).isFalse();
	}

	@Test
	void theDigestIsInTheRecipientsLanguage() {
		daily(this.noah);
		notify(this.noah, NotificationKind.MEETING_SCHEDULED, this.community, "Huurspreekuur");

		this.mails.sendDigests(dailyDue());

		SentMail mail = SentMail.to(emailOf(this.noah)).get(0);
		assertThat(mail.subject()).isEqualTo("Je dagelijkse overzicht van Kring: één nieuwe melding");
		assertThat(mail.text()).contains("Hallo Noah,")
			.contains("Er is een bijeenkomst gepland in " + this.communityName + ": Huurspreekuur")
			.contains("Kies hoe vaak je deze e-mails krijgt");
		assertThat(mail.html()).contains("lang=\"nl\"").contains("Geen e-mails meer zoals deze");
	}

	@Test
	void theNextDigestListsOnlyWhatCameAfterThePreviousOne() {
		daily(this.mila);
		notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");
		Instant first = dailyDue();
		this.mails.sendDigests(first);
		UUID later = notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Tenant assembly");
		this.jdbc.update("update notification set created_at = ? where id = ?",
				first.plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC), later);
		Instant second = DigestPeriod.nextDue(EmailMode.DAILY, first, this.settings, this.properties.timeZone());

		this.mails.sendDigests(second);

		List<SentMail> received = SentMail.to(emailOf(this.mila));
		assertThat(received).hasSize(2);
		assertThat(received.get(1).subject()).endsWith("one new notification");
		assertThat(received.get(1).text()).contains("Tenant assembly").doesNotContain("Rent clinic");
	}

	@Test
	void peopleWithNothingNewGetNoDigestAndNoClaim() {
		daily(this.mila);
		UUID read = notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Seen already");
		this.inbox.markRead(this.mila.id(), read);
		notify(this.mila, NotificationKind.REGISTRATION_PROMOTED, this.community, "Mailed by the meetings");
		// Noah keeps the weekly default: a daily run is not his
		this.preferences.save(this.noah.id(), EmailMode.WEEKLY, Map.of());
		notify(this.noah, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");

		this.mails.sendDigests(DigestPeriod.at(EmailMode.DAILY, dailyDue(), this.settings, this.properties.timeZone()),
				dailyDue());

		assertThat(SentMail.to(emailOf(this.mila))).isEmpty();
		assertThat(SentMail.to(emailOf(this.noah))).isEmpty();
		assertThat(digests(this.mila)).isZero();
		assertThat(digests(this.noah)).isZero();
	}

	@Test
	void theWeeklyDigestGoesToThoseWhoNeverChose() {
		notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");
		Instant due = DigestPeriod.nextDue(EmailMode.WEEKLY, Instant.now(), this.settings, this.properties.timeZone());

		this.mails.sendDigests(due);

		List<SentMail> received = SentMail.to(emailOf(this.mila));
		assertThat(received).hasSize(1);
		assertThat(received.get(0).subject()).isEqualTo("Your weekly digest of Kring: one new notification");
		assertThat(received.get(0).text()).contains("since your previous weekly digest").contains("Rent clinic");
	}

	@Test
	void runningTwiceOrTwiceAtOnceSendsOneDigestEach() throws Exception {
		daily(this.mila);
		daily(this.noah);
		notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");
		notify(this.noah, NotificationKind.MEETING_SCHEDULED, this.community, "Huurspreekuur");
		Instant due = dailyDue();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = List.of(threads.submit(() -> {
				start.await();
				return this.mails.sendDigests(due);
			}), threads.submit(() -> {
				start.await();
				return this.mails.sendDigests(due);
			}));
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdown();
		}
		this.mails.sendDigests(due);

		assertThat(SentMail.to(emailOf(this.mila))).hasSize(1);
		assertThat(SentMail.to(emailOf(this.noah))).hasSize(1);
		assertThat(digests(this.mila)).isOne();
		assertThat(digests(this.noah)).isOne();
	}

	@Test
	void theDigestJobsQueriesGrowWithTheRecipientsNotWithTheirNotifications() throws Exception {
		daily(this.mila);
		daily(this.noah);
		for (int i = 0; i < 2; i++) {
			notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Evening " + i);
		}
		Instant due = dailyDue();
		DigestPeriod period = DigestPeriod.at(EmailMode.DAILY, due, this.settings, this.properties.timeZone());
		SqlStatements.Recorded two = SqlStatements.count(() -> this.mails.sendDigests(period, due));
		for (int i = 0; i < 12; i++) {
			notify(this.noah, NotificationKind.MEETING_SCHEDULED, this.community, "Avond " + i);
		}
		SqlStatements.Recorded twelve = SqlStatements.count(() -> this.mails.sendDigests(period, due));

		assertThat(SentMail.to(emailOf(this.mila)).get(0).subject()).endsWith("2 new notifications");
		assertThat(SentMail.to(emailOf(this.noah)).get(0).subject()).endsWith("12 nieuwe meldingen");
		assertThat(twelve.count()).as(twelve::describe).isEqualTo(two.count());
		// one for everybody's news, then six for each recipient: the account, the claim,
		// marking the items mailed, the link, the memberships and their communities
		assertThat(two.count()).as(two::describe).isEqualTo(1 + 6);
	}

	@Test
	void eachNotificationGoesAtOnceToThoseWhoWantThatOnlyOnce() {
		this.preferences.save(this.mila.id(), EmailMode.IMMEDIATE, Map.of());
		UUID meeting = notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");
		notify(this.mila, NotificationKind.REGISTRATION_CONFIRMED, this.community, "Mailed by the meetings");
		daily(this.noah);
		notify(this.noah, NotificationKind.MEETING_SCHEDULED, this.community, "Huurspreekuur");

		this.mails.sendImmediate(Instant.now());
		this.mails.sendImmediate(Instant.now());

		List<SentMail> received = SentMail.to(emailOf(this.mila));
		assertThat(received).hasSize(1);
		SentMail mail = received.get(0);
		assertThat(mail.subject()).isEqualTo("A meeting is planned in " + this.communityName + ": Rent clinic");
		assertThat(mail.text()).contains("New for you in Kring:")
			.contains("http://localhost:8080/notifications/" + meeting)
			.contains("http://localhost:8080/notifications/preferences");
		assertThat(mail.html()).contains("Rent clinic").contains(mail.unsubscribePath());
		assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mailed(meeting)).isTrue();
		assertThat(SentMail.to(emailOf(this.noah))).isEmpty();
	}

	@Test
	void aMailTheServerRefusesIsNeitherLostNorClaimed() {
		this.preferences.save(this.mila.id(), EmailMode.IMMEDIATE, Map.of());
		UUID meeting = notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");
		daily(this.noah);
		notify(this.noah, NotificationKind.MEETING_SCHEDULED, this.community, "Huurspreekuur");
		NotificationMails refused = new NotificationMails(this.store, this.composer, this.unsubscriptions, (mail) -> {
			throw new Mailer.MailNotSent("The server is away", new IllegalStateException());
		}, this.accounts, this.communities, this.transactions, this.settings, this.properties, Clock.systemUTC());
		Instant due = dailyDue();

		assertThat(refused.sendImmediate(Instant.now())).isZero();
		refused.sendDigests(due);

		assertThat(mailed(meeting)).isFalse();
		assertThat(digests(this.noah)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from notification_unsubscribe where person_id in (?, ?)",
				Integer.class, this.mila.id(), this.noah.id()))
			.isZero();

		this.mails.sendImmediate(Instant.now());
		this.mails.sendDigests(due);

		assertThat(SentMail.to(emailOf(this.mila))).hasSize(1);
		assertThat(SentMail.to(emailOf(this.noah))).hasSize(1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void digestsAndUnsubscribeLinksAreInThePersonalDataAndErased() {
		daily(this.mila);
		notify(this.mila, NotificationKind.MEETING_SCHEDULED, this.community, "Rent clinic");
		this.mails.sendDigests(dailyDue());

		Map<String, Object> export = this.personalData.export(this.mila.id());
		assertThat(export).containsEntry("emailMode", "DAILY");
		assertThat((List<?>) export.get("digests")).singleElement()
			.satisfies((digest) -> assertThat((Map<String, Object>) digest).containsEntry("emailMode", "DAILY")
				.containsEntry("items", 1));
		assertThat((List<?>) export.get("unsubscribeLinks")).singleElement()
			.satisfies((link) -> assertThat((Map<String, Object>) link).containsEntry("used", false));
		assertThat((List<?>) export.get("notifications")).singleElement()
			.satisfies((one) -> assertThat((Map<String, Object>) one).containsEntry("mailed", true));

		this.personalData.erase(this.mila.id());

		assertThat(this.personalData.export(this.mila.id())).isEmpty();
		assertThat(digests(this.mila)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from notification_unsubscribe where person_id = ?",
				Integer.class, this.mila.id()))
			.isZero();
	}

	@Test
	void theScheduledRunForgetsUnsubscribeLinksAfterAYear() {
		String old = LinkSecrets.hash(LinkSecrets.newSecret());
		String recent = LinkSecrets.hash(LinkSecrets.newSecret());
		this.jdbc.update("insert into notification_unsubscribe (secret_hash, person_id, created_at) values (?, ?, ?)",
				old, this.mila.id(), Instant.now().minus(Duration.ofDays(366)).atOffset(ZoneOffset.UTC));
		this.jdbc.update("insert into notification_unsubscribe (secret_hash, person_id, created_at) values (?, ?, ?)",
				recent, this.mila.id(), Instant.now().minus(Duration.ofDays(364)).atOffset(ZoneOffset.UTC));

		this.mails.run();

		assertThat(this.jdbc.queryForList("select secret_hash from notification_unsubscribe where person_id = ?",
				String.class, this.mila.id()))
			.containsExactly(recent);
	}

	private void daily(TestPrincipal person) {
		this.preferences.save(person.id(), EmailMode.DAILY, Map.of());
	}

	/** A notification made as an event makes it, now; its id. */
	private UUID notify(TestPrincipal to, NotificationKind kind, @Nullable UUID communityId, String title) {
		UUID subject = UUID.randomUUID();
		assertThat(this.writer.notify(Set.of(to.id()), kind, communityId, subject, "/meetings/" + subject,
				List.of(title, (communityId != null) ? this.communityName : "")))
			.containsExactly(to.id());
		return this.jdbc.queryForObject("select id from notification where subject_id = ?", UUID.class, subject);
	}

	/** The next moment a daily digest is due: everything made now is before it. */
	private Instant dailyDue() {
		return DigestPeriod.nextDue(EmailMode.DAILY, Instant.now(), this.settings, this.properties.timeZone());
	}

	private boolean mailed(UUID notification) {
		return this.jdbc.queryForObject("select mailed_at is not null from notification where id = ?", Boolean.class,
				notification);
	}

	private int digests(TestPrincipal person) {
		return this.jdbc.queryForObject("select count(*) from notification_digest where person_id = ?", Integer.class,
				person.id());
	}

	private String emailOf(TestPrincipal person) {
		return this.fixtures.emailOf(person);
	}

}
