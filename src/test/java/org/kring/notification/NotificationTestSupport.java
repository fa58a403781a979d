package org.kring.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.kring.account.InstanceRole;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;

import static org.awaitility.Awaitility.await;

/**
 * The meeting tests' application context (people, communities and meetings from their
 * fixtures) with what the notification tests add: notifications made directly, waiting
 * for those that listeners make after a commit, and deleting them, the preferences, the
 * digests and the unsubscribe links of the people afterwards.
 */
public abstract class NotificationTestSupport extends MeetingTestSupport {

	private final List<UUID> people = new ArrayList<>();

	@Override
	protected TestPrincipal member(String name) {
		TestPrincipal person = super.member(name);
		this.people.add(person.id());
		return person;
	}

	/** A member whose account speaks a language. */
	protected TestPrincipal member(String name, Locale language) {
		TestPrincipal person = this.fixtures.person(name, InstanceRole.MEMBER, language);
		this.people.add(person.id());
		return person;
	}

	@AfterEach
	void deleteNotifications() {
		this.people.forEach((person) -> NotificationFixtures.forget(this.jdbc, person));
	}

	/**
	 * A notification of a meeting planned, made directly, a minute older than the one
	 * made before it.
	 * @return its id
	 */
	protected UUID notification(TestPrincipal to, String title) {
		UUID id = UUID.randomUUID();
		Instant at = Instant.now().minus(Duration.ofMinutes(10_000 - countOf(to)));
		this.jdbc.update(
				"insert into notification (id, recipient_id, kind, community_id, subject_id, link, arguments,"
						+ " created_at) values (?, ?, 'MEETING_SCHEDULED', null, ?, ?, ?, ?)",
				id, to.id(), UUID.randomUUID(), "/meetings/" + UUID.randomUUID(), title + "\nRiverside network",
				Timestamp.from(at));
		return id;
	}

	protected int countOf(TestPrincipal person) {
		return this.jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Integer.class,
				person.id());
	}

	/** The kinds of the person's notifications, oldest first. */
	protected List<String> kindsOf(TestPrincipal person) {
		return this.jdbc.queryForList("select kind from notification where recipient_id = ? order by created_at",
				String.class, person.id());
	}

	/** Waits for a listener to have made the person's notifications. */
	protected void awaitNotifications(TestPrincipal person, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> countOf(person) >= count);
	}

}
