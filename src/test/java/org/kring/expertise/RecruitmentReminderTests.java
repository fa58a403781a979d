package org.kring.expertise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.kring.browser.TestMail;
import org.kring.community.internal.Community;
import org.kring.expertise.internal.Reminders;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one reminder to invited candidates who did not answer within seven days: not
 * before, once only even when two runs go at the same moment, and its link works as well
 * as the first mail's.
 */
class RecruitmentReminderTests extends RecruitmentTestSupport {

	@Autowired
	private Reminders reminders;

	@Test
	void twoRunsAtOnceSendExactlyOneReminderAfterSevenDaysAndNoneBefore() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = recruiting(facilitator);
		String address = TestMail.newAddress("olga");
		UUID nomination = nominated(community, facilitator, address);
		String firstLink = invited(community, facilitator, nomination, address);

		this.clock.advance(Duration.ofDays(6));
		this.reminders.remind();
		assertThat(remindedAt(nomination)).as("not before seven days").isFalse();

		this.clock.advance(Duration.ofDays(2));
		int sent = concurrently(() -> this.reminders.remind(), () -> this.reminders.remind());
		assertThat(sent).isGreaterThanOrEqualTo(1);
		TestMail.newestTo(address, Duration.ofSeconds(10));
		Thread.sleep(1000);
		assertThat(TestMail.countTo(address)).as("the invitation and one reminder").isEqualTo(2);
		assertThat(TestMail.newestTo(address).subject()).startsWith("Herinnering");

		this.clock.advance(Duration.ofDays(8));
		assertThat(this.reminders.remind()).isZero();
		Thread.sleep(500);
		assertThat(TestMail.countTo(address)).isEqualTo(2);

		String reminderLink = TestMail.newestTo(address).firstLink().getPath();
		assertThat(reminderLink).isNotEqualTo(firstLink);
		get(firstLink, null).andExpect(status().isOk());
		get(reminderLink, null).andExpect(status().isOk());
	}

	@Test
	void aCandidateWhoAnsweredGetsNoReminder() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = recruiting(facilitator);
		String address = TestMail.newAddress("pia");
		UUID nomination = nominated(community, facilitator, address);
		String link = invited(community, facilitator, nomination, address);
		post(link + "/decline", null);

		this.clock.advance(Duration.ofDays(8));
		this.reminders.remind();
		Thread.sleep(500);
		assertThat(TestMail.countTo(address)).isOne();
		assertThat(remindedAt(nomination)).isFalse();
	}

	private boolean remindedAt(UUID nomination) {
		return this.jdbc.sql("select reminded_at from expertise_nomination where id = ?")
			.param(nomination)
			.query((rs, row) -> rs.getObject(1) != null)
			.single();
	}

	@SafeVarargs
	private static int concurrently(Callable<Integer>... runs) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(runs.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (Callable<Integer> run : runs) {
				results.add(threads.submit(() -> {
					start.await();
					return run.call();
				}));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> result : results) {
				total += result.get();
			}
			return total;
		}
		finally {
			threads.shutdown();
		}
	}

}
