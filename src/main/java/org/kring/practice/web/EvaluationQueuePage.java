package org.kring.practice.web;

import java.util.List;

import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.ReviewQueries.QueueRow;

/**
 * The practices waiting for the coordinators: submitted ones waiting for reviewers, those
 * in review with their progress, and returned ones.
 *
 * @param rows every practice in the queue, waiting longest first
 */
public record EvaluationQueuePage(List<QueueRow> rows) {

	/** The practices in one state. */
	public List<QueueRow> in(PracticeState state) {
		return this.rows.stream().filter((row) -> row.state() == state).toList();
	}

	/** The states the queue shows, one section each. */
	public List<PracticeState> states() {
		return List.of(PracticeState.SUBMITTED, PracticeState.IN_REVIEW, PracticeState.RETURNED);
	}

	/** The message key of a state's section heading. */
	public String headingKey(PracticeState state) {
		return "practicereview.queue." + state.name();
	}

	public String reviewersPath(QueueRow row) {
		return ReviewPaths.reviewers(row.id());
	}

}
