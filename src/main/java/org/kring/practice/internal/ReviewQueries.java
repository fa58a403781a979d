package org.kring.practice.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the evaluation: flat rows for the queue, a practice's reviewers, a
 * reviewer's own list and the handed-in scores, each in one query whatever the number of
 * rows.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

	private final JdbcClient jdbc;

	ReviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A practice in the coordinators' queue.
	 *
	 * @param id the practice
	 * @param title its title
	 * @param country its country, or null
	 * @param state submitted, in review or returned
	 * @param updatedAt when it last changed
	 * @param assigned the reviewers assigned
	 * @param handedIn the reviews handed in
	 */
	public record QueueRow(UUID id, String title, @Nullable String country, PracticeState state, Instant updatedAt,
			int assigned, int handedIn) {
	}

	/**
	 * A reviewer of a practice.
	 *
	 * @param reviewerId the reviewer
	 * @param assignedAt when they were assigned
	 * @param submittedAt when they handed in, or null
	 * @param remarks their remarks for the coordinators, or null
	 */
	public record ReviewerRow(UUID reviewerId, Instant assignedAt, @Nullable Instant submittedAt,
			@Nullable String remarks) {

		public boolean handedIn() {
			return this.submittedAt != null;
		}

	}

	/**
	 * A review on a reviewer's own list.
	 *
	 * @param practiceId the practice
	 * @param title its title
	 * @param state its state
	 * @param assignedAt when they were assigned
	 * @param submittedAt when they handed in, or null
	 */
	public record MyReviewRow(UUID practiceId, String title, PracticeState state, Instant assignedAt,
			@Nullable Instant submittedAt) {
	}

	/** The practices submitted, in review or returned, waiting longest first. */
	public List<QueueRow> queue() {
		return this.jdbc.sql("""
				select p.id, p.title, p.country, p.state, p.updated_at,
				  (select count(*) from practice_review r where r.practice_id = p.id) as assigned,
				  (select count(*) from practice_review r where r.practice_id = p.id
				     and r.submitted_at is not null) as handed_in
				from practice p where p.state in ('SUBMITTED', 'IN_REVIEW', 'RETURNED')
				order by p.updated_at, p.id""")
			.query((rs, row) -> new QueueRow(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("country"), PracticeState.valueOf(rs.getString("state")),
					instant(rs.getObject("updated_at", OffsetDateTime.class)), rs.getInt("assigned"),
					rs.getInt("handed_in")))
			.list();
	}

	/** A practice's reviewers in the order they were assigned. */
	public List<ReviewerRow> reviewersOf(UUID practiceId) {
		return this.jdbc.sql("""
				select reviewer_id, assigned_at, submitted_at, remarks from practice_review
				where practice_id = ? order by assigned_at, reviewer_id""")
			.params(practiceId)
			.query((rs, row) -> new ReviewerRow(rs.getObject("reviewer_id", UUID.class),
					instant(rs.getObject("assigned_at", OffsetDateTime.class)),
					instantOrNull(rs.getObject("submitted_at", OffsetDateTime.class)), rs.getString("remarks")))
			.list();
	}

	/** One reviewer's review of a practice. */
	public Optional<ReviewerRow> review(UUID practiceId, UUID reviewerId) {
		return reviewersOf(practiceId).stream().filter((r) -> r.reviewerId().equals(reviewerId)).findFirst();
	}

	/** The reviews assigned to a person, the newest first. */
	public List<MyReviewRow> reviewsOf(UUID reviewerId) {
		return this.jdbc.sql("""
				select p.id, p.title, p.state, r.assigned_at, r.submitted_at
				from practice_review r join practice p on p.id = r.practice_id
				where r.reviewer_id = ? order by r.assigned_at desc, p.id""")
			.params(reviewerId)
			.query((rs, row) -> new MyReviewRow(rs.getObject("id", UUID.class), rs.getString("title"),
					PracticeState.valueOf(rs.getString("state")),
					instant(rs.getObject("assigned_at", OffsetDateTime.class)),
					instantOrNull(rs.getObject("submitted_at", OffsetDateTime.class))))
			.list();
	}

	/** The scores of the reviews handed in for a practice. */
	public List<Evaluation.Scored> handedInScores(UUID practiceId) {
		return this.jdbc.sql("""
				select s.criterion_id, s.reviewer_id, s.score, s.justification from practice_score s
				join practice_review r on r.practice_id = s.practice_id and r.reviewer_id = s.reviewer_id
				where s.practice_id = ? and r.submitted_at is not null
				order by r.submitted_at, s.reviewer_id""")
			.params(practiceId)
			.query((rs, row) -> new Evaluation.Scored(rs.getObject("criterion_id", UUID.class),
					rs.getObject("reviewer_id", UUID.class), rs.getInt("score"), rs.getString("justification")))
			.list();
	}

	private static Instant instant(OffsetDateTime at) {
		return at.toInstant();
	}

	private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

}
