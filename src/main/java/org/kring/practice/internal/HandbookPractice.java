package org.kring.practice.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A published practice as a handbook prints it: its whole description and its evaluation.
 *
 * @param id the practice
 * @param description what its submitter wrote with the template; the contact only when
 * they made it public
 * @param evaluation the result of its review
 */
public record HandbookPractice(UUID id, PracticeDescription description, Evaluation evaluation) {

	/**
	 * The result of a practice's review.
	 *
	 * @param reviewers how many reviewers handed in their review
	 * @param criteria the scores per criterion, in the criteria's order
	 * @param summary the coordinator's summary, or null
	 */
	public record Evaluation(int reviewers, List<CriterionScores> criteria, @Nullable String summary) {
	}

	/**
	 * The scores on one criterion.
	 *
	 * @param code the criterion's code, naming it through the message bundles
	 * @param name the name an administrator gave it, or null for one of the defaults
	 * @param total the sum of the scores
	 * @param count how many scores
	 * @param lowest the lowest score
	 * @param highest the highest score
	 */
	public record CriterionScores(String code, @Nullable String name, long total, int count, int lowest, int highest) {

		/**
		 * The mean score.
		 * @return between 1 and 5
		 */
		public double mean() {
			return (double) this.total / this.count;
		}

	}

}
