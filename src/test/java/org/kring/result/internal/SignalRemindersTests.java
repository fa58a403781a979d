package org.kring.result.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.browser.ReceivedMail;
import org.kring.browser.TestMail;
import org.kring.result.ResultTestSupport;
import org.kring.system.AtOnce;
import org.kring.system.TestPrincipal;
import org.kring.system.security.LinkSecrets;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authority's contact gets one reminder of an unanswered signal once it is due,
 * however often and however many times at once the job runs; none before, none after the
 * answer. The reminder's new link replaces the first one.
 */
@Tag("database")
class SignalRemindersTests extends ResultTestSupport {

	@Autowired
	SignalReminders reminders;

	@Autowired
	SignalBook book;

	@AfterEach
	void releaseTheJobsLock() {
		this.jdbc.update("delete from shedlock where name = 'signal-reminders'");
	}

	@Test
	void runningTwiceOrTwiceAtOnceSendsExactlyOneReminder() throws Exception {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		Sent due = send(farida, community, "Counter hours");
		Sent notYet = send(farida, community, "Interpreters");
		Sent answered = send(farida, community, "Rent allowances");
		dueNow(due.id());
		dueNow(answered.id());
		this.book.answer(answered.secret(), "Done.", "The mayor");

		this.reminders.remind();
		this.reminders.remind();
		this.reminders.run();
		awaitMails(due.contact(), 2);
		ReceivedMail reminder = TestMail.newestTo(due.contact());
		assertThat(reminder.subject()).startsWith("Reminder: Counter hours");
		assertThat(TestMail.countTo(due.contact())).as("the signal, then one reminder").isEqualTo(2);
		assertThat(TestMail.countTo(notYet.contact())).as("not due yet").isEqualTo(1);
		assertThat(TestMail.countTo(answered.contact())).as("answered").isEqualTo(1);

		String newSecret = reminder.firstLink().getPath().substring("/signals/respond/".length());
		assertThat(newSecret).isNotEqualTo(due.secret());
		assertThat(this.book.byLink(newSecret)).map(Signal::id).contains(due.id());
		assertThat(this.book.byLink(due.secret())).isEmpty();
		assertThat(this.book.replacedLink(due.secret())).isTrue();
		assertThat(this.book.replacedLink("never-sent")).isFalse();

		this.jdbc.update("update result_signal set reminded_at = null where id = ?", due.id());
		assertThat(AtOnce.twice(this.reminders::remind)).as("reminders sent by each run")
			.containsExactlyInAnyOrder(1, 0);
		awaitMails(due.contact(), 3);
		assertThat(TestMail.countTo(due.contact())).as("one more, not two").isEqualTo(3);
	}

	/** Mail goes out on another thread: waits until this many reached the address. */
	private static void awaitMails(String address, int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (TestMail.countTo(address) < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
	}

	@Test
	void theReminderDoesNotUndoAnAnswer() {
		TestPrincipal farida = member("Farida");
		UUID community = community("PUBLIC", farida);
		Sent sent = send(farida, community, "Counter hours");
		dueNow(sent.id());
		this.book.answer(sent.secret(), "Yes.", "Mayor");

		assertThat(this.reminders.remind()).isZero();
		Signal stored = this.signals.findById(sent.id()).orElseThrow();
		assertThat(stored.remindedAt()).isNull();
		assertThat(stored.answerTokenHash()).isEqualTo(LinkSecrets.hash(sent.secret()));
	}

	private void dueNow(UUID signal) {
		this.jdbc.update("update result_signal set reminder_due_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), signal);
	}

	private Sent send(TestPrincipal facilitator, UUID community, String title) {
		Signal signal = this.results.draftSignal(community, facilitator, title);
		String contact = TestMail.newAddress("contact");
		this.book.send(facilitator, signal.id(), new ContactForm("Ms Peeters", contact, "en"));
		String path = TestMail.newestTo(contact).firstLink().getPath();
		return new Sent(signal.id(), contact, path.substring("/signals/respond/".length()));
	}

	private record Sent(UUID id, String contact, String secret) {
	}

}
