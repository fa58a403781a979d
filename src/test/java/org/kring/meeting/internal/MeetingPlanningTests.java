package org.kring.meeting.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingCancelled;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class MeetingPlanningTests extends MeetingTestSupport {

	private static final LocalTime HALF_PAST_SEVEN = LocalTime.of(19, 30);

	@Autowired
	MeetingPlanning planning;

	@Autowired
	SeriesExtension extension;

	@Autowired
	ApplicationEvents events;

	private TestPrincipal facilitator;

	private UUID community;

	@BeforeEach
	void aCommunity() {
		this.facilitator = member("Farida");
		this.community = community("MEMBERS_ONLY", this.facilitator);
	}

	@Test
	void aSeriesGeneratesItsMeetingsAYearAheadWithItsDefaults() {
		Series series = weeklySeries("Tuesday evenings");

		List<Meeting> generated = upcoming(series);

		assertThat(generated).hasSizeBetween(52, 53);
		assertThat(generated).allSatisfy((meeting) -> {
			assertThat(meeting.title()).isEqualTo("Tuesday evenings");
			assertThat(meeting.start().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
			assertThat(meeting.start().toLocalTime()).isEqualTo(HALF_PAST_SEVEN);
			assertThat(Duration.between(meeting.startsAt(), meeting.endsAt())).isEqualTo(Duration.ofMinutes(120));
			assertThat(meeting.address()).isEqualTo("Stationsstraat 1, Gent");
			assertThat(meeting.capacity()).isEqualTo(20);
			assertThat(meeting.reminderMinutes()).isEqualTo(24 * 60);
			assertThat(meeting.seriesId()).isEqualTo(series.id());
			assertThat(meeting.occurrenceDate()).isEqualTo(meeting.start().toLocalDate());
		});
		assertThat(generated.get(generated.size() - 1).startsAt())
			.isBefore(ZonedDateTime.now(MeetingFixtures.BRUSSELS).plusYears(1).plusDays(1).toInstant());
	}

	@Test
	void theExtensionJobAddsWhatIsMissingAndNeverTwice() {
		Series series = weeklySeries("Tuesday evenings");
		int before = upcoming(series).size();
		int deleted = this.jdbc.update("delete from meeting where series_id = ? and occurrence_date > ?", series.id(),
				LocalDate.now().plusMonths(6));

		assertThat(deleted).isGreaterThan(20);
		this.extension.extendAll();
		assertThat(upcoming(series)).hasSize(before);
		this.extension.extendAll();
		assertThat(this.extension.extendEverySeries()).isZero();
		assertThat(this.planning.extend(series.id())).isZero();
		assertThat(upcoming(series)).hasSize(before);
	}

	@Test
	void twoInstancesExtendingAtOnceNeverCreateAMeetingTwice() throws Exception {
		Series series = weeklySeries("Tuesday evenings");
		int before = upcoming(series).size();
		int deleted = this.jdbc.update("delete from meeting where series_id = ? and occurrence_date > ?", series.id(),
				LocalDate.now().plusMonths(3));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> extend = () -> {
			start.await();
			try {
				return this.planning.extend(series.id());
			}
			catch (DataAccessException ex) {
				return 0;
			}
		};
		try {
			Future<Integer> one = pool.submit(extend);
			Future<Integer> other = pool.submit(extend);
			start.countDown();
			assertThat(one.get(1, TimeUnit.MINUTES) + other.get(1, TimeUnit.MINUTES)).isEqualTo(deleted);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(upcoming(series)).hasSize(before).extracting(Meeting::occurrenceDate).doesNotHaveDuplicates();
	}

	@Test
	void aChangeForNewMeetingsOnlyLeavesTheGeneratedOnesBe() {
		Series series = weeklySeries("Tuesday evenings");

		this.planning.change(series.id(), settings("Thursday evenings", weekly(DayOfWeek.THURSDAY)), false,
				this.facilitator.id());

		assertThat(upcoming(series)).hasSizeBetween(52, 53)
			.allSatisfy((meeting) -> assertThat(meeting.title()).isEqualTo("Tuesday evenings"))
			.allSatisfy((meeting) -> assertThat(meeting.sequence()).isZero());
	}

	@Test
	void aChangeForUpcomingMeetingsSkipsDetachedAndCancelledOnesAndRaisesTheSequence() {
		Series series = weeklySeries("Tuesday evenings");
		List<Meeting> generated = upcoming(series);
		Meeting moved = generated.get(1);
		MeetingDetails own = this.planning.detailsOf(moved.id()).orElseThrow();
		this.planning.edit(moved.id(),
				new MeetingDetails("Our own evening", own.theme(), own.description(), own.start().plusHours(1),
						own.end().plusHours(1), own.format(), own.address(), own.room(), own.accessNotes(),
						own.onlineLink(), own.capacity(), null, null, own.questions(), false, own.reminderMinutes(),
						own.speakers(), own.facilitators()));
		Meeting cancelled = generated.get(2);
		this.planning.cancel(cancelled.id(), "The room is taken", this.facilitator.id());

		MeetingPlanning.SeriesChange change = this.planning.change(series.id(),
				settings("Tuesday circle", weekly(DayOfWeek.TUESDAY)), true, this.facilitator.id());

		assertThat(change.updated()).isEqualTo(generated.size() - 2);
		assertThat(change.added()).isZero();
		Meeting keptOwn = this.meetings.findById(moved.id()).orElseThrow();
		assertThat(keptOwn.title()).isEqualTo("Our own evening");
		assertThat(keptOwn.detached()).isTrue();
		assertThat(keptOwn.start().toLocalTime()).isEqualTo(LocalTime.of(20, 30));
		assertThat(this.meetings.findById(cancelled.id()).orElseThrow().title()).isEqualTo("Tuesday evenings");
		Meeting followed = this.meetings.findById(generated.get(3).id()).orElseThrow();
		assertThat(followed.title()).isEqualTo("Tuesday circle");
		assertThat(followed.sequence()).isEqualTo(1);
	}

	@Test
	void aNewRecurrenceRemovesUntouchedMeetingsAndCancelsThoseWithRegistrations() {
		Series series = monthlySeries();
		List<Meeting> generated = upcoming(series);
		Meeting withRegistration = generated.get(0);
		register(withRegistration);

		MeetingPlanning.SeriesChange change = this.planning.change(series.id(),
				settings("Second Thursdays", Recurrence.monthlyOnWeekday(1, 2, DayOfWeek.THURSDAY,
						LocalDate.now(MeetingFixtures.BRUSSELS), null, HALF_PAST_SEVEN, MeetingFixtures.BRUSSELS)),
				true, this.facilitator.id());

		assertThat(change.cancelled()).isEqualTo(1);
		assertThat(change.removed()).isEqualTo(generated.size() - 1);
		assertThat(change.added()).isBetween(12, 13);
		assertThat(this.meetings.findById(withRegistration.id()).orElseThrow().state())
			.isEqualTo(MeetingState.CANCELLED);
		assertThat(this.events.stream(MeetingCancelled.class))
			.extracting(MeetingCancelled::meetingId, MeetingCancelled::cancelledBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(withRegistration.id(), this.facilitator.id()));
		assertThat(upcoming(series)).filteredOn((meeting) -> meeting.state() == MeetingState.SCHEDULED)
			.allSatisfy((meeting) -> assertThat(meeting.start().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY));
	}

	@Test
	void editingAMeetingOfASeriesDetachesItAndCancellingPublishesTheEvent() {
		Series series = weeklySeries("Tuesday evenings");
		Meeting meeting = upcoming(series).get(0);
		MeetingDetails own = this.planning.detailsOf(meeting.id()).orElseThrow();

		this.planning.edit(meeting.id(),
				new MeetingDetails(own.title(), "Rent allowances", own.description(), own.start(), own.end(),
						own.format(), own.address(), own.room(), own.accessNotes(), own.onlineLink(), own.capacity(),
						null, null, own.questions(), true, own.reminderMinutes(),
						List.of(new Speaker("Ines Verhulst", "lawyer", "Rights Centre", null)), own.facilitators()));
		this.planning.cancel(meeting.id(), "Sick", this.facilitator.id());

		Meeting read = this.meetings.findById(meeting.id()).orElseThrow();
		assertThat(read.detached()).isTrue();
		assertThat(read.theme()).isEqualTo("Rent allowances");
		assertThat(read.state()).isEqualTo(MeetingState.CANCELLED);
		assertThat(read.sequence()).isEqualTo(2);
		assertThat(this.events.stream(MeetingCancelled.class)).singleElement().satisfies((event) -> {
			assertThat(event.meetingId()).isEqualTo(meeting.id());
			assertThat(event.reason()).isEqualTo("Sick");
			assertThat(event.title()).isEqualTo("Tuesday evenings");
		});
	}

	private Series weeklySeries(String title) {
		return this.planning.startSeries(this.community, settings(title, weekly(DayOfWeek.TUESDAY)),
				this.facilitator.id());
	}

	private Series monthlySeries() {
		return this.planning.startSeries(this.community,
				settings("Second Tuesdays", Recurrence.monthlyOnWeekday(1, 2, DayOfWeek.TUESDAY,
						LocalDate.now(MeetingFixtures.BRUSSELS), null, HALF_PAST_SEVEN, MeetingFixtures.BRUSSELS)),
				this.facilitator.id());
	}

	private static Recurrence weekly(DayOfWeek weekday) {
		return Recurrence.weekly(1, weekday, LocalDate.now(MeetingFixtures.BRUSSELS), null, HALF_PAST_SEVEN,
				MeetingFixtures.BRUSSELS);
	}

	private static SeriesSettings settings(String title, Recurrence recurrence) {
		return new SeriesSettings(title, "We meet.", recurrence, Duration.ofMinutes(120), MeetingFormat.IN_PERSON,
				"Stationsstraat 1, Gent", null, null, null, 20, 24 * 60);
	}

	private List<Meeting> upcoming(Series series) {
		return this.meetings.findAll()
			.stream()
			.filter((meeting) -> series.id().equals(meeting.seriesId()))
			.filter((meeting) -> meeting.startsAt().isAfter(Instant.now()))
			.sorted(java.util.Comparator.comparing(Meeting::startsAt))
			.toList();
	}

	private void register(Meeting meeting) {
		this.jdbc.update(
				"insert into meeting_registration (id, meeting_id, name, state, position, cancel_token_hash,"
						+ " created_at, version) values (?, ?, 'Nadia', 'CONFIRMED', 1, ?, ?, 0)",
				UUID.randomUUID(), meeting.id(), UUID.randomUUID().toString(), Timestamp.from(Instant.now()));
	}

}
