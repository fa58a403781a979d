package org.kring.practice.internal;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeTests {

	private static final UUID SUBMITTER = UUID.randomUUID();

	private static final UUID COORDINATOR = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	@Test
	void newPracticeIsADraftDatedWhenWritten() {
		Practice practice = Practice.draft(PracticeFixtures.description("Job club"), SUBMITTER, NOW);

		assertThat(practice.state()).isEqualTo(PracticeState.DRAFT);
		assertThat(practice.stateChanges()).extracting(PracticeStateChange::state, PracticeStateChange::changedAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PracticeState.DRAFT, NOW));
	}

	@Test
	void practiceGoesFromDraftThroughReviewToPublishedEveryStepDated() {
		Practice practice = Practice.draft(PracticeFixtures.description("Job club"), SUBMITTER, NOW);

		practice.submit(SUBMITTER, NOW.plusSeconds(60));
		practice.startReview(COORDINATOR, NOW.plusSeconds(120));
		practice.publish("Strong on participation.", COORDINATOR, NOW.plusSeconds(180));

		assertThat(practice.state()).isEqualTo(PracticeState.PUBLISHED);
		assertThat(practice.publishedAt()).isEqualTo(NOW.plusSeconds(180));
		assertThat(practice.evaluationSummary()).isEqualTo("Strong on participation.");
		assertThat(practice.stateChanges()).extracting(PracticeStateChange::state)
			.containsExactly(PracticeState.DRAFT, PracticeState.SUBMITTED, PracticeState.IN_REVIEW,
					PracticeState.PUBLISHED);
	}

	@Test
	void returnedPracticeKeepsTheCommentsAndMayBeChangedAndResubmitted() {
		Practice practice = Practice.draft(PracticeFixtures.description("Job club"), SUBMITTER, NOW);
		practice.submit(SUBMITTER, NOW);
		practice.startReview(COORDINATOR, NOW);

		practice.returnWith("Say how results were measured.", COORDINATOR, NOW.plusSeconds(60));
		practice.describe(PracticeFixtures.description("Job club for women"), NOW.plusSeconds(120));
		practice.submit(SUBMITTER, NOW.plusSeconds(180));

		assertThat(practice.state()).isEqualTo(PracticeState.SUBMITTED);
		assertThat(practice.title()).isEqualTo("Job club for women");
		assertThat(practice.stateChanges()).filteredOn((change) -> change.state() == PracticeState.RETURNED)
			.extracting(PracticeStateChange::comments)
			.containsExactly("Say how results were measured.");
	}

	@Test
	void practiceUnderReviewCannotBeChanged() {
		Practice practice = Practice.draft(PracticeFixtures.description("Job club"), SUBMITTER, NOW);
		practice.submit(SUBMITTER, NOW);

		assertThatThrownBy(() -> practice.describe(PracticeFixtures.description("Other"), NOW))
			.isInstanceOf(PracticeStateException.class);
		assertThat(practice.title()).isEqualTo("Job club");
	}

	@Test
	void draftCannotBePublishedOrReviewed() {
		Practice practice = Practice.draft(PracticeFixtures.description("Job club"), SUBMITTER, NOW);

		assertThatThrownBy(() -> practice.publish("x", COORDINATOR, NOW)).isInstanceOf(PracticeStateException.class);
		assertThatThrownBy(() -> practice.startReview(COORDINATOR, NOW)).isInstanceOf(PracticeStateException.class);
		assertThatThrownBy(() -> practice.returnWith("x", COORDINATOR, NOW)).isInstanceOf(PracticeStateException.class);
		assertThat(practice.state()).isEqualTo(PracticeState.DRAFT);
	}

	@Test
	void incompleteDraftCannotBeSubmittedAndSaysWhatIsMissing() {
		PracticeDescription bare = new PracticeDescription("Job club", null, null, null, java.util.Set.of(),
				java.util.Set.of(), null, null, null, true, null, null, null, null, null, null, null, null, null,
				ContactVisibility.NOBODY, "en", java.util.Set.of(), java.util.List.of());
		Practice practice = Practice.draft(bare, SUBMITTER, NOW);

		assertThatThrownBy(() -> practice.submit(SUBMITTER, NOW)).isInstanceOf(IncompletePracticeException.class)
			.satisfies((ex) -> assertThat(((IncompletePracticeException) ex).missing()).containsExactly("summary",
					"country", "fields", "targetGroups", "organisation", "activities"));
		assertThat(practice.state()).isEqualTo(PracticeState.DRAFT);
	}

}
