package org.kring.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.practice.internal.Criteria;
import org.kring.practice.internal.Criterion;
import org.kring.practice.internal.PracticeReviews;
import org.kring.practice.internal.ScoreSheet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of good practices as other modules may drive it, such as the demo data:
 * a submitted practice taken through the whole review by the same rules as the pages.
 */
@Service
public class PracticeEvaluations {

	private final PracticeReviews reviews;

	private final Criteria criteria;

	PracticeEvaluations(PracticeReviews reviews, Criteria criteria) {
		this.reviews = reviews;
		this.criteria = criteria;
	}

	/**
	 * Evaluates a submitted practice: assigns the reviewers, starts the review, hands in
	 * each reviewer's score for every criterion asked, and publishes it with the summary.
	 * @param practiceId a submitted practice
	 * @param coordinatorId the coordinator who runs it
	 * @param scores each reviewer's score (1 to 5) for every criterion, with the
	 * justification given for each; two reviewers at least
	 * @param summary the summary published with it
	 * @throws IllegalArgumentException when the rules refuse a step
	 */
	@Transactional
	public void evaluate(UUID practiceId, UUID coordinatorId, Map<UUID, Scored> scores, String summary) {
		try {
			scores.keySet().forEach((reviewer) -> this.reviews.assign(practiceId, reviewer, coordinatorId));
			this.reviews.startReview(practiceId, coordinatorId);
			List<Criterion> asked = this.criteria.findByRetiredFalseOrderByPositionAsc();
			scores.forEach((reviewer, scored) -> {
				Map<UUID, ScoreSheet.Typed> typed = new LinkedHashMap<>();
				asked.forEach((criterion) -> typed.put(criterion.id(),
						new ScoreSheet.Typed(Integer.toString(scored.score()), scored.justification())));
				this.reviews.handIn(practiceId, reviewer, typed, null);
			});
			this.reviews.publish(practiceId, summary, coordinatorId);
		}
		catch (RuntimeException refused) {
			throw new IllegalArgumentException("The evaluation was refused: " + refused.getMessage(), refused);
		}
	}

	/**
	 * One reviewer's score, given to every criterion.
	 *
	 * @param score from 1 to 5
	 * @param justification why
	 */
	public record Scored(int score, String justification) {
	}

}
