package org.kring.meeting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingCancelled;
import org.kring.meeting.MeetingClosed;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingProduct;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.ProductKind;
import org.kring.meeting.ThemeScheduled;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The theme agenda's rules: proposing, supporting and withdrawing, scheduling onto a
 * meeting, merging, declining, and a closed meeting's theme becoming done; each refused
 * action with its message and nothing changed.
 */
@RecordApplicationEvents
class ThemeAgendaTests extends MeetingTestSupport {

	@Autowired
	ThemeAgenda agenda;

	@Autowired
	Themes themes;

	@Autowired
	AgendaQueries queries;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	private TestPrincipal facilitator;

	private TestPrincipal mila;

	private TestPrincipal noah;

	private UUID community;

	@BeforeEach
	void agendaOfACommunity() {
		this.facilitator = member("Farida");
		this.mila = member("Mila");
		this.noah = member("Noah");
		this.community = community("MEMBERS_ONLY", this.facilitator, this.mila, this.noah);
	}

	@Test
	void theProposerSupportsTheirThemeFromTheStart() {
		Theme theme = propose(this.mila, "Rent allowances for newcomers");

		Theme saved = this.themes.findById(theme.id()).orElseThrow();
		assertThat(saved.state()).isEqualTo(ThemeState.PROPOSED);
		assertThat(saved.proposedBy()).isEqualTo(this.mila.id());
		assertThat(saved.supportCount()).isEqualTo(1);
		assertThat(this.queries.supportersOf(theme.id())).containsExactly(this.mila.id());
	}

	@Test
	void aProposalNeedsATitleAndKeepsToItsLimitsAndAWebLink() {
		assertRefused(() -> ThemeProposal.of("  ", null, null), "agenda.title.required");
		assertRefused(() -> ThemeProposal.of("x".repeat(201), null, null), "agenda.title.tooLong");
		assertRefused(() -> ThemeProposal.of("Housing", "x".repeat(2001), null), "agenda.reason.tooLong");
		assertRefused(() -> ThemeProposal.of("Housing", null, "javascript:alert(1)"), "agenda.link.invalid");
		assertRefused(() -> ThemeProposal.of("Housing", null, "ftp://example.org/file"), "agenda.link.invalid");
		assertRefused(() -> ThemeProposal.of("Housing", null, "not a link"), "agenda.link.invalid");
		assertThat(ThemeProposal.of(" Housing ", " ", " https://example.org/practice "))
			.isEqualTo(new ThemeProposal("Housing", null, "https://example.org/practice"));
		assertThat(ThemeProposal.of("x".repeat(200), "y".repeat(2000), "http://example.org").title()).hasSize(200);
	}

	@Test
	void aMemberSupportsOnceAndMayWithdraw() {
		Theme theme = propose(this.mila, "Rent allowances for newcomers");

		assertThat(this.agenda.support(this.noah, this.community, theme.id()).supportCount()).isEqualTo(2);
		assertRefused(() -> this.agenda.support(this.noah, this.community, theme.id()), "agenda.support.already");
		assertThat(count(theme)).isEqualTo(2);

		assertThat(this.agenda.withdraw(this.noah, this.community, theme.id()).supportCount()).isEqualTo(1);
		assertRefused(() -> this.agenda.withdraw(this.noah, this.community, theme.id()), "agenda.support.none");
		assertThat(this.agenda.withdraw(this.mila, this.community, theme.id()).supportCount()).isZero();
		assertThat(count(theme)).isZero();
		assertThat(this.queries.supportersOf(theme.id())).isEmpty();
	}

	@Test
	void twentyPeopleClickingSupportTwiceAtOnceCountTwenty() throws Exception {
		Theme theme = propose(this.facilitator, "Interpreters at the counter");
		this.agenda.withdraw(this.facilitator, this.community, theme.id());
		List<TestPrincipal> people = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			TestPrincipal person = member("Supporter " + i);
			this.fixtures.join(this.community, person, "MEMBER");
			people.add(person);
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> clicks = new ArrayList<>();
		for (TestPrincipal person : people) {
			for (int click = 0; click < 2; click++) {
				clicks.add(() -> {
					start.await();
					try {
						this.agenda.support(person, this.community, theme.id());
						return "supported";
					}
					catch (ThemeRefused refused) {
						return refused.key();
					}
				});
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(40);
		try {
			List<Future<String>> outcomes = clicks.stream().map(pool::submit).toList();
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).filteredOn("supported"::equals).hasSize(20);
			assertThat(results).filteredOn("agenda.support.already"::equals).hasSize(20);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count(theme)).isEqualTo(20);
		assertThat(this.themes.countSupports(theme.id())).isEqualTo(20);
	}

	@Test
	void aFacilitatorSchedulesAThemeOntoAnUpcomingMeetingAndItsSupportersHear() {
		Theme theme = propose(this.mila, "Rent allowances for newcomers");
		this.agenda.support(this.noah, this.community, theme.id());
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "March meeting");
		int sequence = meeting.sequence();

		this.agenda.schedule(this.facilitator, this.community, theme.id(), meeting.id());

		Theme scheduled = this.themes.findById(theme.id()).orElseThrow();
		assertThat(scheduled.state()).isEqualTo(ThemeState.SCHEDULED);
		assertThat(scheduled.meetingId()).isEqualTo(meeting.id());
		assertThat(scheduled.decidedBy()).isEqualTo(this.facilitator.id());
		Meeting treating = this.meetings.findById(meeting.id()).orElseThrow();
		assertThat(treating.theme()).isEqualTo("Rent allowances for newcomers");
		assertThat(treating.sequence()).isEqualTo(sequence + 1);
		assertThat(this.events.stream(ThemeScheduled.class))
			.containsExactly(new ThemeScheduled(theme.id(), this.community, meeting.id(),
					"Rent allowances for newcomers", List.of(this.mila.id(), this.noah.id())));
	}

	@Test
	void aThemeGoesOnlyOntoAnUpcomingScheduledMeetingOfItsCommunityWithoutATheme() {
		Theme theme = propose(this.mila, "Rent allowances for newcomers");
		Theme other = propose(this.noah, "Interpreters at the counter");
		Meeting taken = this.fixtures.meeting(this.community, this.facilitator, "Taken");
		this.agenda.schedule(this.facilitator, this.community, other.id(), taken.id());
		Meeting past = this.fixtures.meeting(this.community, this.facilitator,
				MeetingFixtures.details("Last month", -3, 20, false));
		Meeting cancelled = this.fixtures.meeting(this.community, this.facilitator, "Called off");
		cancelled.cancel(null, Instant.now());
		this.meetings.save(cancelled);
		UUID elsewhere = community("MEMBERS_ONLY", this.facilitator);
		Meeting foreign = this.fixtures.meeting(elsewhere, this.facilitator, "Other network");

		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, theme.id(), taken.id()),
				"agenda.schedule.meetingTaken");
		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, theme.id(), past.id()),
				"agenda.schedule.meetingPast");
		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, theme.id(), cancelled.id()),
				"agenda.schedule.meetingNotScheduled");
		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, theme.id(), foreign.id()),
				"agenda.schedule.meetingElsewhere");
		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, theme.id(), UUID.randomUUID()),
				"agenda.schedule.meetingElsewhere");
		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, theme.id(), null),
				"agenda.schedule.meetingRequired");
		Meeting free = this.fixtures.meeting(this.community, this.facilitator, "Free");
		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, other.id(), free.id()),
				"agenda.theme.scheduled");

		assertThat(this.themes.findById(theme.id()).orElseThrow().state()).isEqualTo(ThemeState.PROPOSED);
		assertThat(this.meetings.findById(free.id()).orElseThrow().theme()).isEqualTo("Housing and income");
		assertThat(this.events.stream(ThemeScheduled.class)).hasSize(1);
	}

	@Test
	void unschedulingPutsTheThemeBackAndClearsTheMeetingsTheme() {
		Theme theme = propose(this.mila, "Rent allowances for newcomers");
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "March meeting");
		this.agenda.schedule(this.facilitator, this.community, theme.id(), meeting.id());

		this.agenda.unschedule(this.facilitator, this.community, theme.id());

		Theme back = this.themes.findById(theme.id()).orElseThrow();
		assertThat(back.state()).isEqualTo(ThemeState.PROPOSED);
		assertThat(back.meetingId()).isNull();
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().theme()).isNull();
		assertRefused(() -> this.agenda.unschedule(this.facilitator, this.community, theme.id()),
				"agenda.unschedule.notScheduled");
		this.agenda.schedule(this.facilitator, this.community, theme.id(), meeting.id());
		assertThat(this.themes.findById(theme.id()).orElseThrow().state()).isEqualTo(ThemeState.SCHEDULED);
	}

	@Test
	void mergingMovesTheSupportersOnceEachAndRecountsTheTarget() {
		TestPrincipal ida = member("Ida");
		this.fixtures.join(this.community, ida, "MEMBER");
		Theme duplicate = propose(this.mila, "Housing allowances");
		this.agenda.support(this.noah, this.community, duplicate.id());
		this.agenda.support(ida, this.community, duplicate.id());
		Theme target = propose(this.noah, "Rent allowances for newcomers");

		this.agenda.merge(this.facilitator, this.community, duplicate.id(), target.id());

		Theme merged = this.themes.findById(duplicate.id()).orElseThrow();
		assertThat(merged.state()).isEqualTo(ThemeState.MERGED);
		assertThat(merged.mergedInto()).isEqualTo(target.id());
		assertThat(merged.supportCount()).isZero();
		assertThat(this.queries.supportersOf(duplicate.id())).isEmpty();
		assertThat(this.queries.supportersOf(target.id())).containsExactlyInAnyOrder(this.noah.id(), this.mila.id(),
				ida.id());
		assertThat(count(target)).isEqualTo(3);
	}

	@Test
	void mergingIntoItselfOrIntoAClosedThemeOrAgainIsRefused() {
		Theme theme = propose(this.mila, "Housing allowances");
		Theme declined = propose(this.noah, "Parking");
		this.agenda.decline(this.facilitator, this.community, declined.id(), "Not our domain");
		Theme target = propose(this.noah, "Rent allowances for newcomers");

		assertRefused(() -> this.agenda.merge(this.facilitator, this.community, theme.id(), theme.id()),
				"agenda.merge.self");
		assertRefused(() -> this.agenda.merge(this.facilitator, this.community, theme.id(), declined.id()),
				"agenda.merge.targetClosed");
		assertRefused(() -> this.agenda.merge(this.facilitator, this.community, theme.id(), null),
				"agenda.merge.targetRequired");
		this.agenda.merge(this.facilitator, this.community, theme.id(), target.id());
		assertRefused(() -> this.agenda.merge(this.facilitator, this.community, theme.id(), target.id()),
				"agenda.theme.closed");
		assertRefused(() -> this.agenda.support(this.noah, this.community, theme.id()), "agenda.theme.closed");
		assertThat(count(target)).isEqualTo(2);
	}

	@Test
	void decliningNeedsAReasonAndEndsTheThemesActions() {
		Theme theme = propose(this.mila, "Parking at the community centre");
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "March meeting");

		assertRefused(() -> this.agenda.decline(this.facilitator, this.community, theme.id(), "  "),
				"agenda.decline.reasonRequired");
		assertRefused(() -> this.agenda.decline(this.facilitator, this.community, theme.id(), "x".repeat(1001)),
				"agenda.decline.reasonTooLong");
		this.agenda.decline(this.facilitator, this.community, theme.id(), " Not within our domain ");

		Theme declined = this.themes.findById(theme.id()).orElseThrow();
		assertThat(declined.state()).isEqualTo(ThemeState.DECLINED);
		assertThat(declined.declineReason()).isEqualTo("Not within our domain");
		assertRefused(() -> this.agenda.support(this.noah, this.community, theme.id()), "agenda.theme.closed");
		assertRefused(() -> this.agenda.withdraw(this.mila, this.community, theme.id()), "agenda.theme.closed");
		assertRefused(() -> this.agenda.schedule(this.facilitator, this.community, theme.id(), meeting.id()),
				"agenda.theme.closed");
		assertRefused(() -> this.agenda.decline(this.facilitator, this.community, theme.id(), "Again"),
				"agenda.theme.closed");
	}

	@Test
	void aClosedMeetingsThemeIsDone() {
		Theme theme = propose(this.mila, "Rent allowances for newcomers");
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "March meeting");
		this.agenda.schedule(this.facilitator, this.community, theme.id(), meeting.id());

		this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(new MeetingClosed(meeting.id(),
				this.community, meeting.title(), theme.title(), theme.id(), meeting.startsAt(), this.facilitator.id(),
				Instant.now(), List.of(new MeetingProduct(UUID.randomUUID(), ProductKind.ACTION_PROPOSAL,
						"Ask the city", null, null, null, null)))));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.themes.findById(theme.id()).orElseThrow().state() == ThemeState.DONE);
		assertRefused(() -> this.agenda.support(this.noah, this.community, theme.id()), "agenda.theme.closed");
	}

	@Test
	void aCancelledMeetingsThemeIsProposedAgain() {
		Theme theme = propose(this.mila, "Rent allowances for newcomers");
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "March meeting");
		this.agenda.schedule(this.facilitator, this.community, theme.id(), meeting.id());

		this.transactions
			.executeWithoutResult((status) -> this.publisher.publishEvent(new MeetingCancelled(meeting.id(),
					this.community, meeting.title(), meeting.startsAt(), null, this.facilitator.id(), Instant.now())));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.themes.findById(theme.id()).orElseThrow().state() == ThemeState.PROPOSED);
		assertThat(this.themes.findById(theme.id()).orElseThrow().meetingId()).isNull();
	}

	@Test
	void onlyMembersProposeAndSupportAndOnlyPlannersDecide() {
		TestPrincipal outsider = member("Olga");
		TestPrincipal administrator = administrator("Ada");
		Theme theme = propose(this.mila, "Rent allowances for newcomers");
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "March meeting");
		ThemeProposal proposal = ThemeProposal.of("Another", null, null);

		assertDenied(() -> this.agenda.propose(outsider, this.community, proposal), true);
		assertDenied(() -> this.agenda.propose(null, this.community, proposal), true);
		assertDenied(() -> this.agenda.propose(administrator, this.community, proposal), false);
		assertDenied(() -> this.agenda.support(outsider, this.community, theme.id()), true);
		assertDenied(() -> this.agenda.schedule(this.noah, this.community, theme.id(), meeting.id()), false);
		assertDenied(() -> this.agenda.merge(this.noah, this.community, theme.id(), UUID.randomUUID()), false);
		assertDenied(() -> this.agenda.decline(this.noah, this.community, theme.id(), "No"), false);
		UUID elsewhere = community("MEMBERS_ONLY", this.facilitator, this.noah);
		assertDenied(() -> this.agenda.support(this.noah, elsewhere, theme.id()), true);

		this.agenda.decline(administrator, this.community, theme.id(), "Covered last year");
		assertThat(this.themes.findById(theme.id()).orElseThrow().decidedBy()).isEqualTo(administrator.id());
	}

	private Theme propose(TestPrincipal who, String title) {
		return this.agenda.propose(who, this.community, ThemeProposal.of(title, "It matters", null));
	}

	private int count(Theme theme) {
		return this.themes.findById(theme.id()).orElseThrow().supportCount();
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(ThemeRefused.class,
				(refused) -> assertThat(refused.key()).isEqualTo(key));
	}

	private static void assertDenied(Runnable action, boolean hidden) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(ThemeAccessDenied.class,
				(denied) -> assertThat(denied.hidden()).isEqualTo(hidden));
	}

}
