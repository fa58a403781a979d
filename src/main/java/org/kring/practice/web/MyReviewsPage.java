package org.kring.practice.web;

import java.util.List;

import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.ReviewQueries.MyReviewRow;

/**
 * The reviews assigned to the reader, the newest first.
 *
 * @param rows their reviews
 */
public record MyReviewsPage(List<MyReviewRow> rows) {

	/** Whether the reader still scores this one. */
	public boolean open(MyReviewRow row) {
		return row.submittedAt() == null && row.state() == PracticeState.IN_REVIEW;
	}

	public String reviewPath(MyReviewRow row) {
		return ReviewPaths.review(row.practiceId());
	}

}
