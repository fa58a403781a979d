package org.kring.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hundred people register at once for a meeting with twenty seats: the meeting's row
 * lock lets them in one after the other, so that exactly twenty get a seat and the others
 * wait in a strict order, without an error. Runs on H2 and on PostgreSQL.
 */
@Tag("database")
class RegistrationConcurrencyTests extends MeetingTestSupport {

	private static final int PEOPLE = 200;

	private static final int SEATS = 20;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Registrations rows;

	@Test
	void twoHundredAtOnceForTwentySeatsGiveTwentySeatsAndAStrictWaitingList() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("PUBLIC", facilitator);
		Meeting meeting = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Open seminar", 14, SEATS, true));
		ExecutorService pool = Executors.newFixedThreadPool(32);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<RegistrationOutcome>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < PEOPLE; i++) {
				TestPrincipal person = TestPrincipal.member("Visitor " + i);
				outcomes.add(pool.submit(() -> {
					start.await();
					return this.registrations.register(meeting.id(), person, RegistrationAnswers.NONE);
				}));
			}
			start.countDown();
			List<RegistrationOutcome> results = new ArrayList<>();
			for (Future<RegistrationOutcome> outcome : outcomes) {
				results.add(outcome.get(120, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn((result) -> result == RegistrationOutcome.CONFIRMED).hasSize(SEATS);
			assertThat(results).filteredOn((result) -> result == RegistrationOutcome.WAITING).hasSize(PEOPLE - SEATS);
		}
		finally {
			pool.shutdownNow();
		}

		List<Registration> all = this.rows.findByMeetingIdAndStateInOrderByPosition(meeting.id(),
				Set.of(RegistrationState.values()));
		assertThat(all).hasSize(PEOPLE);
		assertThat(all).filteredOn((row) -> row.state() == RegistrationState.CONFIRMED).hasSize(SEATS);
		List<Long> waiting = all.stream()
			.filter((row) -> row.state() == RegistrationState.WAITING)
			.map(Registration::position)
			.toList();
		assertThat(waiting).hasSize(PEOPLE - SEATS).doesNotHaveDuplicates().isSorted();
		long lastSeat = all.stream()
			.filter((row) -> row.state() == RegistrationState.CONFIRMED)
			.mapToLong(Registration::position)
			.max()
			.orElseThrow();
		assertThat(waiting.get(0)).as("everyone waiting came after the last seat").isGreaterThan(lastSeat);
		assertThat(all.stream().map(Registration::position).distinct()).hasSize(PEOPLE);
	}

}
