package org.kring.practice.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews a person was asked for and wrote. The export holds every review with its
 * scores, justifications and remarks. On erasure, a review not handed in is deleted with
 * its assignment; a handed-in review keeps its scores and justifications, which are part
 * of a practice's published evaluation and are shown there without the reviewer's name,
 * while its remarks to the coordinators are deleted; the reviewer's id then resolves to a
 * former member everywhere.
 */
@Component
class ReviewPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final PracticeIndexing indexing;

	ReviewPersonalData(JdbcClient jdbc, PracticeIndexing indexing) {
		this.jdbc = jdbc;
		this.indexing = indexing;
	}

	@Override
	public String section() {
		return "practice-reviews";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		Map<UUID, Map<String, Object>> reviews = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.practice_id, p.title, r.assigned_at, r.submitted_at, r.remarks,
				  c.code, s.score, s.justification
				from practice_review r join practice p on p.id = r.practice_id
				left join practice_score s on s.practice_id = r.practice_id and s.reviewer_id = r.reviewer_id
				left join practice_criterion c on c.id = s.criterion_id
				where r.reviewer_id = ? order by r.assigned_at, r.practice_id, c.position""")
			.params(personId)
			.query((rs) -> {
				UUID practiceId = rs.getObject("practice_id", UUID.class);
				Map<String, Object> review = reviews.get(practiceId);
				if (review == null) {
					review = new LinkedHashMap<>();
					review.put("practiceId", practiceId.toString());
					review.put("practiceTitle", rs.getString("title"));
					review.put("assignedAt", at(rs.getObject("assigned_at", OffsetDateTime.class)));
					review.put("handedInAt", at(rs.getObject("submitted_at", OffsetDateTime.class)));
					review.put("remarks", Objects.requireNonNullElse(rs.getString("remarks"), ""));
					review.put("scores", new ArrayList<Map<String, Object>>());
					reviews.put(practiceId, review);
				}
				if (rs.getString("code") != null) {
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> scores = (List<Map<String, Object>>) review.get("scores");
					scores.add(Map.of("criterion", rs.getString("code"), "score", rs.getInt("score"), "justification",
							rs.getString("justification")));
				}
			});
		return reviews.isEmpty() ? Map.of() : Map.of("reviews", List.copyOf(reviews.values()));
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		List<UUID> unreviewed = this.jdbc
			.sql("select practice_id from practice_review where reviewer_id = ? and submitted_at is null")
			.params(personId)
			.query(UUID.class)
			.list();
		this.jdbc.sql("delete from practice_review where reviewer_id = ? and submitted_at is null")
			.params(personId)
			.update();
		this.indexing.reindex(unreviewed);
		this.jdbc.sql("update practice_review set remarks = null where reviewer_id = ?").params(personId).update();
	}

	private static String at(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant().toString() : "";
	}

}
