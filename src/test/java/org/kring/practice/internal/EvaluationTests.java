package org.kring.practice.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics of an evaluation: mean to one decimal, lowest and highest, standard
 * deviation of the scores given, number of scores, and the overall mean.
 */
class EvaluationTests {

	private final Criterion relevance = Criterion.added("Relevance", null, 1);

	private final Criterion transfer = Criterion.added("Transfer", null, 2);

	private final Criterion unscored = Criterion.added("Unscored", null, 3);

	private final UUID ann = UUID.randomUUID();

	private final UUID bob = UUID.randomUUID();

	private final UUID cem = UUID.randomUUID();

	@Test
	void meanSpreadAndCountPerCriterionInTheCriteriaOrder() {
		Evaluation evaluation = Evaluation.of(List.of(this.relevance, this.transfer, this.unscored),
				List.of(scored(this.transfer, this.ann, 2), scored(this.relevance, this.ann, 4),
						scored(this.relevance, this.bob, 5), scored(this.relevance, this.cem, 5),
						scored(this.transfer, this.bob, 5)));

		assertThat(evaluation.criteria()).extracting((r) -> r.criterion().name())
			.containsExactly("Relevance", "Transfer");
		Evaluation.CriterionResult relevance = evaluation.criteria().get(0);
		assertThat(relevance.mean()).isEqualTo(new BigDecimal("4.7"));
		assertThat(relevance.lowest()).isEqualTo(4);
		assertThat(relevance.highest()).isEqualTo(5);
		assertThat(relevance.deviation()).isEqualTo(new BigDecimal("0.5"));
		assertThat(relevance.count()).isEqualTo(3);
		Evaluation.CriterionResult transfer = evaluation.criteria().get(1);
		assertThat(transfer.mean()).isEqualTo(new BigDecimal("3.5"));
		assertThat(transfer.deviation()).isEqualTo(new BigDecimal("1.5"));
		assertThat(transfer.count()).isEqualTo(2);
		assertThat(evaluation.overall()).isEqualTo(new BigDecimal("4.2"));
	}

	@Test
	void identicalScoresHaveNoSpread() {
		Evaluation evaluation = Evaluation.of(List.of(this.relevance),
				List.of(scored(this.relevance, this.ann, 3), scored(this.relevance, this.bob, 3)));

		assertThat(evaluation.criteria().getFirst().deviation()).isEqualTo(new BigDecimal("0.0"));
		assertThat(evaluation.criteria().getFirst().mean()).isEqualTo(new BigDecimal("3.0"));
	}

	@Test
	void withoutScoresThereIsNothingToShowAndNoOverallMean() {
		Evaluation evaluation = Evaluation.of(List.of(this.relevance), List.of());

		assertThat(evaluation.empty()).isTrue();
		assertThat(evaluation.overall()).isNull();
	}

	@Test
	void halvesRoundUp() {
		Evaluation evaluation = Evaluation.of(List.of(this.relevance),
				List.of(scored(this.relevance, this.ann, 1), scored(this.relevance, this.bob, 2),
						scored(this.relevance, this.cem, 2), scored(this.relevance, UUID.randomUUID(), 2)));

		assertThat(evaluation.criteria().getFirst().mean()).isEqualTo(new BigDecimal("1.8"));
		assertThat(evaluation.criteria().getFirst().deviation()).isEqualTo(new BigDecimal("0.4"));
	}

	private static Evaluation.Scored scored(Criterion criterion, UUID reviewer, int score) {
		return new Evaluation.Scored(criterion.id(), reviewer, score, "Because.");
	}

}
