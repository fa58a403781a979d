package org.kring.practice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.practice.PracticeTestSupport;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer's own data: the export lists their reviews with scores and remarks; erasure
 * deletes what they had not handed in and their remarks, and keeps the handed-in scores
 * and justifications that a published evaluation is made of.
 */
class ReviewPersonalDataTests extends PracticeTestSupport {

	@Autowired
	ReviewPersonalData data;

	@Autowired
	PracticeReviews reviews;

	@Test
	@SuppressWarnings("unchecked")
	void theExportHoldsEveryReviewWithItsScoresAndErasureKeepsOnlyHandedInScores() {
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		TestPrincipal ann = member("Ann Reviewer");
		Practice handedIn = this.practices.inReview(member("Sara Submitter"), "Job club", coordinator, ann);
		Practice open = this.practices.inReview(member("Sam Submitter"), "Open club", coordinator, ann);
		Map<UUID, ScoreSheet.Typed> typed = new LinkedHashMap<>();
		this.jdbc.queryForList("select id from practice_criterion where retired = false", UUID.class)
			.forEach((criterion) -> typed.put(criterion, new ScoreSheet.Typed("4", "Solid.")));
		this.reviews.handIn(handedIn.id(), ann.id(), typed, "Private note.");

		Map<String, Object> export = this.data.export(ann.id());
		assertThat(this.data.section()).isEqualTo("practice-reviews");
		List<Map<String, Object>> exported = (List<Map<String, Object>>) export.get("reviews");
		assertThat(exported).extracting((review) -> review.get("practiceTitle"))
			.containsExactlyInAnyOrder("Job club", "Open club");
		Map<String, Object> job = exported.stream()
			.filter((review) -> review.get("practiceTitle").equals("Job club"))
			.findFirst()
			.orElseThrow();
		assertThat(job).containsEntry("remarks", "Private note.");
		assertThat((List<Object>) job.get("scores")).hasSize(6)
			.contains(Map.of("criterion", "relevance", "score", 4, "justification", "Solid."));

		this.data.erase(ann.id());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from practice_review where reviewer_id = ?" + " and practice_id = ?", Integer.class,
				ann.id(), open.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select remarks from practice_review where reviewer_id = ?", String.class,
				ann.id()))
			.isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from practice_score where reviewer_id = ?", Integer.class,
				ann.id()))
			.isEqualTo(6);
	}

}
