package org.kring.meeting.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.browser.TestMail;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.AtOnce;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder job sends one reminder per person with a seat once the meeting starts
 * within its lead, however often and however many times at once it runs.
 */
@Tag("database")
class RegistrationRemindersTests extends MeetingTestSupport {

	@Autowired
	RegistrationReminders reminders;

	@Autowired
	Registrations rows;

	private final java.util.concurrent.atomic.AtomicLong positions = new java.util.concurrent.atomic.AtomicLong();

	@AfterEach
	void releaseTheJobsLock() {
		this.jdbc.update("delete from shedlock where name = 'meeting-reminders'");
	}

	@Test
	void runningTwiceOrTwiceAtOnceSendsExactlyOneReminderPerPerson() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bert = member("Bert");
		TestPrincipal cleo = member("Cleo");
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bert, cleo);
		Meeting tomorrow = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Tomorrow", 1, 1, false));
		Meeting later = this.fixtures.meeting(community, facilitator, MeetingFixtures.details("Later", 14, 5, false));
		seat(tomorrow, anna, true);
		seat(tomorrow, bert, false);
		seat(later, cleo, true);
		this.rows.save(Registration.byNickname(tomorrow.id(), "Sam", facilitator.id(), "nohash-" + UUID.randomUUID(),
				Instant.now()));

		this.reminders.remind();
		this.reminders.remind();
		this.reminders.run();
		assertThat(TestMail.newestTo(this.fixtures.emailOf(anna)).subject()).isEqualTo("Reminder: Tomorrow");
		Thread.sleep(500);
		assertThat(TestMail.countTo(this.fixtures.emailOf(anna))).isEqualTo(1);
		assertThat(TestMail.countTo(this.fixtures.emailOf(bert))).as("waiting, no seat").isZero();
		assertThat(TestMail.countTo(this.fixtures.emailOf(cleo))).as("not due yet").isZero();

		this.jdbc.update("update meeting_registration set reminded_at = null where meeting_id = ?", tomorrow.id());
		AtOnce.twice(this.reminders::remind);
		long deadline = System.currentTimeMillis() + 10_000;
		while (TestMail.countTo(this.fixtures.emailOf(anna)) < 2 && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
		assertThat(TestMail.countTo(this.fixtures.emailOf(anna))).as("one more, not two").isEqualTo(2);
	}

	private void seat(Meeting meeting, TestPrincipal person, boolean seatFree) {
		Registration registration = Registration.ofPerson(meeting.id(), person.id(), "h-" + UUID.randomUUID(),
				Instant.now());
		registration.take(this.positions.incrementAndGet(), seatFree, "c-" + UUID.randomUUID(), Instant.now());
		this.rows.save(registration);
	}

}
