package org.kring.result.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * An action's status and progress, and what a facilitator's and an owner's forms may
 * hold.
 */
class ActionTests {

	private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

	private final UUID owner = UUID.randomUUID();

	@Test
	void aProgressUpdateSetsTheProgressAndPutsAPlannedActionInProgressButNeverMarksItDone() {
		Action action = action(Set.of(this.owner));
		action.progressed(40, NOW);
		assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
		assertThat(action.progress()).isEqualTo(40);
		action.progressed(100, NOW.plusSeconds(60));
		assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
		assertThat(action.progress()).isEqualTo(100);
		assertThatIllegalArgumentException().isThrownBy(() -> action.progressed(101, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> action.progressed(-1, NOW));
	}

	@Test
	void completingSetsTheProgressToAHundredAndClosesTheAction() {
		Action action = action(Set.of(this.owner));
		action.complete(NOW);
		assertThat(action.status()).isEqualTo(ActionStatus.DONE);
		assertThat(action.progress()).isEqualTo(100);
		assertThat(action.statusChangedAt()).isEqualTo(NOW);
		assertThatIllegalStateException().isThrownBy(() -> action.progressed(50, NOW));
		assertThatIllegalStateException().isThrownBy(() -> action.drop("Late", NOW));
		assertThatIllegalStateException().isThrownBy(() -> action.start(NOW));
	}

	@Test
	void droppingNeedsAReasonThatStaysWithTheAction() {
		Action action = action(Set.of(this.owner));
		action.start(NOW);
		assertThatIllegalStateException().isThrownBy(() -> action.start(NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> action.drop(" ", NOW));
		action.drop("No longer needed", NOW);
		assertThat(action.status()).isEqualTo(ActionStatus.DROPPED);
		assertThat(action.dropReason()).isEqualTo("No longer needed");
		assertThat(action.overdueOn(LocalDate.of(2030, 1, 1))).isFalse();
	}

	@Test
	void assigningOwnersClearsTheNeedForOneAndTheLastOwnerLeavingSetsIt() {
		Action action = action(Set.of());
		assertThat(action.needsOwner()).isTrue();
		action.assign(Set.of(this.owner));
		assertThat(action.needsOwner()).isFalse();
		assertThat(action.ownerLeft(UUID.randomUUID())).isFalse();
		assertThat(action.ownerLeft(this.owner)).isTrue();
		assertThat(action.owners()).isEmpty();
		assertThat(action.needsOwner()).isTrue();
		action.revise(2027, "Renamed", "More", LocalDate.of(2027, 5, 1), Set.of(this.owner));
		assertThat(action.needsOwner()).isFalse();
		assertThat(action.agendaYear()).isEqualTo(2027);
		assertThat(action.title()).isEqualTo("Renamed");
		assertThat(action.dueOn()).isEqualTo(LocalDate.of(2027, 5, 1));
	}

	@Test
	void aDraftNamesEveryProblemOfTheFormByField() {
		assertThatExceptionOfType(ActionRefused.class)
			.isThrownBy(() -> ActionDraft.of("1999", " ", "x".repeat(4001), "30/06/2026", List.of("someone")))
			.satisfies((refused) -> assertThat(refused.problems()).containsEntry("year", "actions.year.invalid")
				.containsEntry("title", "actions.title.required")
				.containsEntry("description", "actions.description.tooLong")
				.containsEntry("dueOn", "actions.dueOn.invalid")
				.containsEntry("owners", "actions.owners.notMember"));
		ActionDraft draft = ActionDraft.of("2026", " Map the offices ", " ", "2026-06-30",
				List.of(this.owner.toString()));
		assertThat(draft.title()).isEqualTo("Map the offices");
		assertThat(draft.description()).isNull();
		assertThat(draft.dueOn()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(draft.owners()).containsExactly(this.owner);
	}

	@Test
	void aProgressReportNeedsADayATextAndAPercentageFromZeroToAHundred() {
		for (String percentage : List.of("101", "-1", "half", "")) {
			assertThatExceptionOfType(ActionRefused.class)
				.isThrownBy(() -> ProgressReport.of("2026-03-10", "Went well", percentage))
				.satisfies((refused) -> assertThat(refused.problems())
					.containsExactly(java.util.Map.entry("percentage", "actions.update.percentage.invalid")));
		}
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> ProgressReport.of("", " ", "10"))
			.satisfies((refused) -> assertThat(refused.problems()).containsKeys("updateOn", "text"));
		assertThat(ProgressReport.of("2026-03-10", "Went well", "0"))
			.isEqualTo(new ProgressReport(LocalDate.of(2026, 3, 10), "Went well", 0));
		assertThat(ProgressReport.of("2026-03-10", "Went well", "100").percentage()).isEqualTo(100);
	}

	private static Action action(Set<UUID> owners) {
		return Action.plan(UUID.randomUUID(), 2026, "Map the offices", null, LocalDate.of(2026, 6, 30), owners,
				Origin.DIRECT, UUID.randomUUID(), NOW.minusSeconds(3600));
	}

}
