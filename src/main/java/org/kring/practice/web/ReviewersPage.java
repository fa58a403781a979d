package org.kring.practice.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.Evaluation;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeReviews;
import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.ReviewQueries.ReviewerRow;
import org.kring.system.web.FormErrors;

/**
 * A practice's evaluation for its coordinator: its reviewers and their progress, experts
 * to suggest, and the decision.
 *
 * @param practice the practice
 * @param reviewers its reviewers, in the order assigned
 * @param suggestions experts of its fields
 * @param names the display names of the reviewers and experts, by id
 * @param typed what was typed in the forms
 * @param errors the forms' problems
 * @param evaluation the handed-in scores so far
 */
public record ReviewersPage(Practice practice, List<ReviewerRow> reviewers,
		List<PracticeReviews.Suggestion> suggestions, Map<UUID, String> names, Typed typed, FormErrors errors,
		Evaluation evaluation) {

	public String name(UUID person) {
		return this.names.getOrDefault(person, "");
	}

	public String practicePath() {
		return ReviewPaths.practice(this.practice.id());
	}

	public String path() {
		return ReviewPaths.reviewers(this.practice.id());
	}

	public String removePath(ReviewerRow row) {
		return path() + "/" + row.reviewerId() + "/remove";
	}

	public String decisionPath(String decision) {
		return ReviewPaths.practice(this.practice.id()) + "/decision/" + decision;
	}

	/** Whether reviewers may still be assigned. */
	public boolean assigning() {
		return this.practice.state() == PracticeState.SUBMITTED || this.practice.state() == PracticeState.IN_REVIEW;
	}

	public boolean startable() {
		return this.practice.state() == PracticeState.SUBMITTED;
	}

	public boolean publishable() {
		return this.practice.state() == PracticeState.IN_REVIEW;
	}

	public boolean returnable() {
		return assigning();
	}

	public long handedIn() {
		return this.reviewers.stream().filter(ReviewerRow::handedIn).count();
	}

	public String stateKey() {
		return "practicereview.state." + this.practice.state().name();
	}

	/**
	 * The forms as typed.
	 *
	 * @param email the reviewer's address
	 * @param comments the comments to return with
	 * @param summary the summary to publish with
	 */
	public record Typed(@Nullable String email, @Nullable String comments, @Nullable String summary) {

		static final Typed EMPTY = new Typed(null, null, null);

	}

}
