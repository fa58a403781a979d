package org.kring.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeAccess;
import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.ReviewQueries;
import org.kring.practice.internal.ReviewQueries.ReviewerRow;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers of a practice being evaluated and whether each handed in, for its
 * coordinators and its reviewers; never their scores.
 */
@Component
public class ReviewProgressSection implements PracticePageSection {

	static final String TEMPLATE = "practice/review-progress.jte";

	private final PracticeAccess access;

	private final ReviewQueries queries;

	private final AccountManagement accounts;

	ReviewProgressSection(PracticeAccess access, ReviewQueries queries, AccountManagement accounts) {
		this.access = access;
		this.queries = queries;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Section> section(Practice practice, @Nullable KringPrincipal viewer, Locale language) {
		if (viewer == null
				|| (practice.state() != PracticeState.SUBMITTED && practice.state() != PracticeState.IN_REVIEW)) {
			return Optional.empty();
		}
		boolean coordinator = this.access.mayCoordinate(viewer);
		List<ReviewerRow> reviewers = this.queries.reviewersOf(practice.id());
		boolean reviewer = reviewers.stream().anyMatch((row) -> row.reviewerId().equals(viewer.id()));
		if (!coordinator && !reviewer) {
			return Optional.empty();
		}
		Map<UUID, String> names = this.accounts
			.displayNamesOf(reviewers.stream().map(ReviewerRow::reviewerId).toList());
		return Optional.of(new Section("review-progress", "practicereview.progress.title", TEMPLATE,
				new Model(reviewers, names, coordinator ? ReviewPaths.reviewers(practice.id()) : null,
						reviewer ? ReviewPaths.review(practice.id()) : null)));
	}

	/**
	 * What the section shows.
	 *
	 * @param reviewers the reviewers, in the order assigned
	 * @param names their names, by id
	 * @param reviewersPath the coordinator's page, or null for a reviewer
	 * @param reviewPath the reader's own review, or null when they are not a reviewer
	 */
	public record Model(List<ReviewerRow> reviewers, Map<UUID, String> names, @Nullable String reviewersPath,
			@Nullable String reviewPath) {

		public String name(UUID person) {
			return this.names.getOrDefault(person, "");
		}

	}

}
