package org.kring.practice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The scoring rules: every criterion asked gets a whole score from 1 to 5 and a
 * justification, each problem reported next to its criterion.
 */
class ScoreSheetTests {

	private final UUID first = UUID.randomUUID();

	private final UUID second = UUID.randomUUID();

	@Test
	void aCompleteSheetGivesEveryScoreInTheOrderAsked() {
		Map<UUID, ScoreSheet.Typed> typed = new LinkedHashMap<>();
		typed.put(this.second, new ScoreSheet.Typed("5", "  Strong.  "));
		typed.put(this.first, new ScoreSheet.Typed("1", "Weak."));

		List<ScoreSheet.Score> scores = ScoreSheet.check(List.of(this.first, this.second), typed, null);

		assertThat(scores).containsExactly(new ScoreSheet.Score(this.first, 1, "Weak."),
				new ScoreSheet.Score(this.second, 5, "Strong."));
	}

	@Test
	void zeroSixAndNonNumbersAreOutOfRange() {
		for (String score : List.of("0", "6", "-1", "3.5", "three")) {
			assertThatExceptionOfType(ReviewRefused.class)
				.isThrownBy(() -> ScoreSheet.check(List.of(this.first),
						Map.of(this.first, new ScoreSheet.Typed(score, "Why.")), null))
				.satisfies((refused) -> assertThat(refused.problems())
					.containsExactly(Map.entry("score-" + this.first, "practicereview.review.score.range")));
		}
	}

	@Test
	void aMissingCriterionScoreAndJustificationAreEachReportedNextToTheirCriterion() {
		assertThatExceptionOfType(ReviewRefused.class)
			.isThrownBy(() -> ScoreSheet.check(List.of(this.first, this.second),
					Map.of(this.first, new ScoreSheet.Typed("4", " ")), null))
			.satisfies((refused) -> assertThat(refused.problems()).containsOnly(
					Map.entry("justification-" + this.first, "practicereview.review.justification.required"),
					Map.entry("score-" + this.second, "practicereview.review.score.required"),
					Map.entry("justification-" + this.second, "practicereview.review.justification.required")));
	}

	@Test
	void tooLongTextsAreRefused() {
		assertThatExceptionOfType(ReviewRefused.class)
			.isThrownBy(() -> ScoreSheet.check(List.of(this.first),
					Map.of(this.first, new ScoreSheet.Typed("3", "x".repeat(2001))), "y".repeat(4001)))
			.satisfies((refused) -> assertThat(refused.problems()).containsOnly(
					Map.entry("justification-" + this.first, "practicereview.review.justification.long"),
					Map.entry("remarks", "practicereview.review.remarks.long")));
	}

}
