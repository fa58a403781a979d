package org.kring.practice.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reviews and their scores in their tables. Handing in is one conditional update, so of
 * two hand-ins of the same review, even at the same moment, exactly one wins. Assigning
 * and removing a reviewer index the practice again, as its reviewers find it in the
 * search.
 */
@Repository
class ReviewStore {

	private final JdbcClient jdbc;

	private final PracticeIndexing indexing;

	ReviewStore(JdbcClient jdbc, PracticeIndexing indexing) {
		this.jdbc = jdbc;
		this.indexing = indexing;
	}

	void assign(UUID practiceId, UUID reviewerId, UUID by, Instant now) {
		this.jdbc
			.sql("insert into practice_review (practice_id, reviewer_id, assigned_by, assigned_at) values (?, ?, ?, ?)")
			.params(practiceId, reviewerId, by, Timestamp.from(now))
			.update();
		this.indexing.reindex(List.of(practiceId));
	}

	/** Removes an assignment not handed in yet; answers whether there was one. */
	boolean unassign(UUID practiceId, UUID reviewerId) {
		boolean removed = this.jdbc
			.sql("delete from practice_review where practice_id = ? and reviewer_id = ? and submitted_at is null")
			.params(practiceId, reviewerId)
			.update() > 0;
		if (removed) {
			this.indexing.reindex(List.of(practiceId));
		}
		return removed;
	}

	/**
	 * Marks a review handed in, unless it already was.
	 * @return true when this call handed it in
	 */
	boolean handIn(UUID practiceId, UUID reviewerId, @Nullable String remarks, Instant now) {
		return this.jdbc
			.sql("update practice_review set submitted_at = ?, remarks = ?"
					+ " where practice_id = ? and reviewer_id = ? and submitted_at is null")
			.params(Timestamp.from(now), remarks, practiceId, reviewerId)
			.update() == 1;
	}

	void score(UUID practiceId, UUID reviewerId, List<ScoreSheet.Score> scores) {
		for (ScoreSheet.Score score : scores) {
			this.jdbc
				.sql("insert into practice_score (practice_id, reviewer_id, criterion_id, score, justification)"
						+ " values (?, ?, ?, ?, ?)")
				.params(practiceId, reviewerId, score.criterionId(), score.score(), score.justification())
				.update();
		}
	}

	int handedIn(UUID practiceId) {
		return this.jdbc.sql("select count(*) from practice_review where practice_id = ? and submitted_at is not null")
			.params(practiceId)
			.query(Integer.class)
			.single();
	}

	Set<UUID> reviewersOf(UUID practiceId) {
		return new HashSet<>(this.jdbc.sql("select reviewer_id from practice_review where practice_id = ?")
			.params(practiceId)
			.query(UUID.class)
			.list());
	}

	int assigned(UUID practiceId) {
		return this.jdbc.sql("select count(*) from practice_review where practice_id = ?")
			.params(practiceId)
			.query(Integer.class)
			.single();
	}

}
