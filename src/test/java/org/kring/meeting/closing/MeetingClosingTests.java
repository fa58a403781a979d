package org.kring.meeting.closing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingClosed;
import org.kring.meeting.MeetingProduct;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.ProductKind;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingState;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RecordApplicationEvents
class MeetingClosingTests extends MeetingTestSupport {

	@Autowired
	MeetingClosing closing;

	@Autowired
	ApplicationEvents events;

	@Test
	void aFacilitatorClosesAStartedMeetingAndTheProductsArePublished() {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("MEMBERS_ONLY", facilitator);
		Meeting meeting = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", false));
		UUID theme = UUID.randomUUID();
		this.jdbc.update(
				"insert into meeting_theme (id, community_id, title, proposed_by, proposed_at, state,"
						+ " meeting_id) values (?, ?, 'Rent allowances', ?, ?, 'SCHEDULED', ?)",
				theme, community, facilitator.id(), Timestamp.from(Instant.now()), meeting.id());

		ClosingOutcome outcome = this.closing.close(facilitator, meeting.id(),
				new ClosingInput("We **agreed** on two things.",
						List.of(row(0, ProductKind.JOINT_SIGNAL, "Signal on waiting times", "City of Gent", null),
								row(1, null, "", null, null),
								row(2, ProductKind.ACTION_PROPOSAL, "Visit the office together", "ignored", null))));

		assertThat(outcome.ok()).isTrue();
		Meeting closed = this.meetings.findById(meeting.id()).orElseThrow();
		assertThat(closed.state()).isEqualTo(MeetingState.CLOSED);
		assertThat(closed.minutes()).isEqualTo("We **agreed** on two things.");
		assertThat(closed.closedBy()).isEqualTo(facilitator.id());
		assertThat(closed.closedAt()).isNotNull();
		List<Product> stored = this.closing.productsOf(meeting.id());
		assertThat(stored).extracting(Product::title)
			.containsExactly("Signal on waiting times", "Visit the office together");
		assertThat(stored).extracting(Product::authority).containsExactly("City of Gent", null);

		List<MeetingClosed> published = this.events.stream(MeetingClosed.class).toList();
		assertThat(published).hasSize(1);
		MeetingClosed event = published.get(0);
		assertThat(event.meetingId()).isEqualTo(meeting.id());
		assertThat(event.communityId()).isEqualTo(community);
		assertThat(event.theme()).isEqualTo("Housing and income");
		assertThat(event.themeId()).isEqualTo(theme);
		assertThat(event.heldAt()).isEqualTo(meeting.startsAt());
		assertThat(event.closedBy()).isEqualTo(facilitator.id());
		assertThat(event.products()).extracting(MeetingProduct::id)
			.containsExactlyElementsOf(stored.stream().map(Product::id).toList());
		assertThat(event.products()).extracting(MeetingProduct::kind)
			.containsExactly(ProductKind.JOINT_SIGNAL, ProductKind.ACTION_PROPOSAL);
	}

	@Test
	void aMeetingWithoutThemeIsPublishedWithoutThemeId() {
		TestPrincipal facilitator = member("Farida");
		Meeting meeting = startedMeeting(facilitator);

		assertThat(this.closing.close(facilitator, meeting.id(), valid()).ok()).isTrue();

		assertThat(this.events.stream(MeetingClosed.class).findFirst().orElseThrow().themeId()).isNull();
	}

	@Test
	void closingIsRefusedBeforeTheStartAndForACancelledMeetingAndNothingChanges() {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("MEMBERS_ONLY", facilitator);
		Meeting upcoming = this.fixtures.meeting(community, facilitator, "Next month");
		Meeting cancelled = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Called off", false));
		cancelled.cancel("Storm", Instant.now());
		this.meetings.save(cancelled);

		assertThat(this.closing.close(facilitator, upcoming.id(), valid()).refusal())
			.isEqualTo("closing.refused.notStarted");
		assertThat(this.closing.close(facilitator, cancelled.id(), valid()).refusal())
			.isEqualTo("closing.refused.cancelled");

		assertThat(this.meetings.findById(upcoming.id()).orElseThrow().state()).isEqualTo(MeetingState.SCHEDULED);
		assertThat(this.meetings.findById(cancelled.id()).orElseThrow().state()).isEqualTo(MeetingState.CANCELLED);
		assertThat(this.closing.productsOf(upcoming.id())).isEmpty();
		assertThat(this.events.stream(MeetingClosed.class)).isEmpty();
	}

	@Test
	void closingTwiceIsRefusedAndKeepsTheFirstClosing() {
		TestPrincipal facilitator = member("Farida");
		Meeting meeting = startedMeeting(facilitator);
		assertThat(this.closing.close(facilitator, meeting.id(), valid()).ok()).isTrue();

		ClosingOutcome again = this.closing.close(facilitator, meeting.id(),
				new ClosingInput("Other minutes", List.of(row(0, ProductKind.TOOL, "Another tool", null, null))));

		assertThat(again.refusal()).isEqualTo("closing.refused.closed");
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().minutes()).isEqualTo("Minutes");
		assertThat(this.closing.productsOf(meeting.id())).extracting(Product::title).containsExactly("A checklist");
		assertThat(this.events.stream(MeetingClosed.class)).hasSize(1);
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingChanges() {
		TestPrincipal facilitator = member("Farida");
		Meeting meeting = startedMeeting(facilitator);

		assertThat(this.closing
			.close(facilitator, meeting.id(), new ClosingInput("  ", List.of(row(0, null, "", null, null))))
			.problems()).containsExactlyInAnyOrderEntriesOf(
					Map.of("minutes", "closing.minutes.required", "products", "closing.products.required"));
		assertThat(this.closing.close(facilitator, meeting.id(),
				new ClosingInput("x".repeat(ClosingInput.MAX_MINUTES + 1),
						List.of(row(0, ProductKind.JOINT_SIGNAL, "Signal", " ", null),
								row(1, ProductKind.LEGISLATION_TEST, "Test", null, ""),
								row(2, ProductKind.TOOL, " ", null, null), row(3, null, "No kind", null, null),
								row(4, ProductKind.TOOL, "t".repeat(201), null, null))))
			.problems()).containsExactlyInAnyOrderEntriesOf(
					Map.of("minutes", "closing.minutes.tooLong", "authority-0", "closing.product.authority.required",
							"rule-1", "closing.product.rule.required", "title-2", "closing.product.title.required",
							"kind-3", "closing.product.kind.required", "title-4", "closing.product.title.tooLong"));

		assertThat(this.meetings.findById(meeting.id()).orElseThrow().state()).isEqualTo(MeetingState.SCHEDULED);
		assertThat(this.closing.productsOf(meeting.id())).isEmpty();
		assertThat(this.events.stream(MeetingClosed.class)).isEmpty();
	}

	@Test
	void aLegislationTestKeepsTheRuleItTests() {
		TestPrincipal facilitator = member("Farida");
		Meeting meeting = startedMeeting(facilitator);

		this.closing.close(facilitator, meeting.id(), new ClosingInput("Minutes", List
			.of(row(0, ProductKind.LEGISLATION_TEST, "Test of the rent rule", null, "Article 12 Housing Code"))));

		Product product = this.closing.productsOf(meeting.id()).get(0);
		assertThat(product.ruleTested()).isEqualTo("Article 12 Housing Code");
		assertThat(this.events.stream(MeetingClosed.class).findFirst().orElseThrow().products().get(0).ruleTested())
			.isEqualTo("Article 12 Housing Code");
	}

	@Test
	void onlyFacilitatorsClose() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting meeting = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", false));

		assertThatThrownBy(() -> this.closing.close(member, meeting.id(), valid()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().state()).isEqualTo(MeetingState.SCHEDULED);
		assertThat(this.closing.close(administrator("Ada"), meeting.id(), valid()).ok()).isTrue();
	}

	@Test
	void ofTwoFacilitatorsClosingAtOnceOneClosesAndTheOtherIsTold() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal other = member("Fons");
		UUID community = community("MEMBERS_ONLY", facilitator);
		this.fixtures.join(community, other, "FACILITATOR");
		Meeting meeting = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", false));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<ClosingOutcome>> outcomes = List.of(pool.submit(closeAfter(start, facilitator, meeting)),
					pool.submit(closeAfter(start, other, meeting)));
			start.countDown();
			List<ClosingOutcome> ended = List.of(outcomes.get(0).get(), outcomes.get(1).get());
			assertThat(ended).filteredOn(ClosingOutcome::ok).hasSize(1);
			assertThat(ended).filteredOn((outcome) -> !outcome.ok())
				.extracting(ClosingOutcome::refusal)
				.containsExactly("closing.refused.closed");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.closing.productsOf(meeting.id())).hasSize(1);
	}

	private Callable<ClosingOutcome> closeAfter(CountDownLatch start, TestPrincipal who, Meeting meeting) {
		return () -> {
			start.await();
			return this.closing.close(who, meeting.id(), valid());
		};
	}

	private Meeting startedMeeting(TestPrincipal facilitator) {
		UUID community = community("MEMBERS_ONLY", facilitator);
		return this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", false));
	}

	private static ClosingInput valid() {
		return new ClosingInput("Minutes", List.of(row(0, ProductKind.TOOL, "A checklist", null, null)));
	}

	private static ProductInput row(int row, ProductKind kind, String title, String authority, String rule) {
		return new ProductInput(row, kind, title, null, authority, rule);
	}

}
