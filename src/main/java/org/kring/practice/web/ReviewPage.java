package org.kring.practice.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.Criterion;
import org.kring.practice.internal.Evaluation;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.ReviewQueries.ReviewerRow;
import org.kring.practice.internal.ScoreSheet;
import org.kring.system.web.FormErrors;

/**
 * A reviewer's review: the form while they score, or the handed-in scores of every
 * reviewer once theirs is in.
 *
 * @param practice the practice
 * @param mine the reader's review
 * @param asked the criteria asked, in order
 * @param typed the scores as typed, by criterion
 * @param remarks the remarks as typed
 * @param errors the form's problems
 * @param handedIn every handed-in score; empty until the reader handed in theirs
 * @param names the names of the reviewers who handed in, by id
 */
public record ReviewPage(Practice practice, ReviewerRow mine, List<Criterion> asked, Map<UUID, ScoreSheet.Typed> typed,
		@Nullable String remarks, FormErrors errors, Evaluation handedIn, Map<UUID, String> names) {

	/** Whether the form is shown: in review and not handed in yet. */
	public boolean scoring() {
		return !this.mine.handedIn() && this.practice.state() == PracticeState.IN_REVIEW;
	}

	public String path() {
		return ReviewPaths.review(this.practice.id());
	}

	public String practicePath() {
		return ReviewPaths.practice(this.practice.id());
	}

	public @Nullable String score(Criterion criterion) {
		ScoreSheet.Typed one = this.typed.get(criterion.id());
		return (one != null) ? one.score() : null;
	}

	public @Nullable String justification(Criterion criterion) {
		ScoreSheet.Typed one = this.typed.get(criterion.id());
		return (one != null) ? one.justification() : null;
	}

	/** The message key that names a score. */
	public String scaleKey(int score) {
		return "practicereview.review.scale." + score;
	}

	/** The scores to choose from, 1 to 5. */
	public List<Integer> scale() {
		return List.of(1, 2, 3, 4, 5);
	}

}
