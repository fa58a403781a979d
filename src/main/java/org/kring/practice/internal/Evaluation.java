package org.kring.practice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A practice's evaluation computed from its handed-in scores: per criterion the mean (one
 * decimal), the spread (lowest and highest score, and the standard deviation of the
 * scores given, one decimal) and the number of scores; and the mean of all scores. A
 * criterion nobody scored is left out, so a retired criterion still shows where it was
 * scored.
 *
 * @param criteria the result per criterion, in the criteria's order
 * @param overall the mean of every score, or null without scores
 */
public record Evaluation(List<CriterionResult> criteria, @Nullable BigDecimal overall) {

	/**
	 * One handed-in score.
	 *
	 * @param criterionId the criterion
	 * @param reviewerId who scored
	 * @param score from 1 to 5
	 * @param justification why
	 */
	public record Scored(UUID criterionId, UUID reviewerId, int score, String justification) {
	}

	/**
	 * One criterion's result.
	 *
	 * @param criterion the criterion
	 * @param mean the mean score, one decimal
	 * @param lowest the lowest score
	 * @param highest the highest score
	 * @param deviation the standard deviation of the scores, one decimal
	 * @param count the number of scores
	 * @param scores the scores with their justifications
	 */
	public record CriterionResult(Criterion criterion, BigDecimal mean, int lowest, int highest, BigDecimal deviation,
			int count, List<Scored> scores) {
	}

	/**
	 * Computes the evaluation.
	 * @param criteria the criteria, retired ones included, in order
	 * @param scores the handed-in scores
	 * @return the evaluation
	 */
	public static Evaluation of(List<Criterion> criteria, List<Scored> scores) {
		List<CriterionResult> results = new ArrayList<>();
		for (Criterion criterion : criteria) {
			List<Scored> mine = scores.stream().filter((s) -> s.criterionId().equals(criterion.id())).toList();
			if (!mine.isEmpty()) {
				int[] values = mine.stream().mapToInt(Scored::score).toArray();
				results.add(new CriterionResult(criterion, oneDecimal(mean(values)), min(values), max(values),
						oneDecimal(deviation(values)), values.length, mine));
			}
		}
		int[] all = scores.stream()
			.filter((s) -> criteria.stream().anyMatch((c) -> c.id().equals(s.criterionId())))
			.mapToInt(Scored::score)
			.toArray();
		return new Evaluation(List.copyOf(results), (all.length > 0) ? oneDecimal(mean(all)) : null);
	}

	/** Whether there is anything to show. */
	public boolean empty() {
		return this.criteria.isEmpty();
	}

	private static double mean(int[] values) {
		double sum = 0;
		for (int value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** The population standard deviation: the spread of exactly the scores given. */
	private static double deviation(int[] values) {
		double mean = mean(values);
		double squares = 0;
		for (int value : values) {
			squares += (value - mean) * (value - mean);
		}
		return Math.sqrt(squares / values.length);
	}

	private static int min(int[] values) {
		int min = Integer.MAX_VALUE;
		for (int value : values) {
			min = Math.min(min, value);
		}
		return min;
	}

	private static int max(int[] values) {
		int max = Integer.MIN_VALUE;
		for (int value : values) {
			max = Math.max(max, value);
		}
		return max;
	}

	private static BigDecimal oneDecimal(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

}
