package org.kring.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeReviews;
import org.kring.practice.internal.ReviewAlreadyHandedIn;
import org.kring.practice.internal.ScoreSheet;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reviewer's review: only assigned reviewers score, every criterion asked from 1 to 5
 * with a justification, bad input answered with 422 next to the criterion and what was
 * typed kept; the others' scores hidden until one's own is in; a second hand-in, also at
 * the same moment, changes nothing.
 */
class ReviewPageTests extends ReviewTestSupport {

	@Autowired
	PracticeReviews reviews;

	@Test
	void onlyTheAssignedReviewersOpenTheReview() throws Exception {
		TestPrincipal submitter = member("Sara Submitter");
		TestPrincipal coordinator = coordinator("Cora Coordinator");
		TestPrincipal ann = member("Ann Reviewer");
		TestPrincipal bob = member("Bob Reviewer");
		TestPrincipal elsewhere = member("Elsa Elsewhere");
		Practice practice = this.practices.inReview(submitter, "Job club", coordinator, ann, bob);
		this.practices.inReview(submitter, "Other club", coordinator, elsewhere);
		String path = "/practices/" + practice.id() + "/review";

		get(path, null).andExpect(redirectedUrl("/login"));
		get(path, member("Otto Outsider")).andExpect(status().isNotFound());
		get(path, elsewhere).andExpect(status().isNotFound());
		get(path, submitter).andExpect(status().isForbidden());
		get(path, coordinator).andExpect(status().isForbidden());
		get(path, administrator("Ada Admin")).andExpect(status().isForbidden());
		post(path, submitter, review(5, "My own is great.")).andExpect(status().isForbidden());
		assertThat(page(path, ann)).contains("Your review of Job club")
			.contains("Relevance")
			.contains("Gender sensitivity")
			.contains("name=\"justification-" + asked().getFirst() + "\"");
		assertThat(page(path, bob)).contains("Hand in the review");
		assertThat(page("/practices/reviews", ann)).contains("Job club").contains("To score");
		assertThat(page("/practices/reviews", elsewhere)).contains("Other club").doesNotContain("Job club");
		get("/practices/reviews", null).andExpect(redirectedUrl("/login"));
	}

	@Test
	void zeroSixAMissingJustificationAndAMissingCriterionAreRefusedNextToTheCriterionKeepingWhatWasTyped()
			throws Exception {
		TestPrincipal ann = member("Ann Reviewer");
		Practice practice = this.practices.inReview(member("Sara Submitter"), "Job club",
				coordinator("Cora Coordinator"), ann);
		List<UUID> asked = asked();
		List<String> params = new ArrayList<>(List.of(review(3, "Fine.")));
		params.set(1, "0");
		params.set(5, "6");
		params.set(11, " ");
		params.subList(params.size() - 4, params.size()).clear();
		params.addAll(List.of("remarks", "Typed <remarks>"));

		String page = text(post("/practices/" + practice.id() + "/review", ann, params.toArray(String[]::new))
			.andExpect(status().isUnprocessableContent()));

		assertThat(page).contains("id=\"score-" + asked.get(0) + "-error\"")
			.contains("id=\"score-" + asked.get(1) + "-error\"")
			.contains("A score is a whole number from 1 to 5.")
			.contains("id=\"justification-" + asked.get(2) + "-error\"")
			.contains("Say why you give this score.")
			.contains("id=\"score-" + asked.getLast() + "-error\"")
			.contains("Choose a score from 1 to 5.")
			.contains("Typed &lt;remarks&gt;")
			.contains("name=\"score-" + asked.get(3) + "\" value=\"3\" checked")
			.contains(">Fine.</textarea>");
		assertThat(scoreRows(practice)).isZero();
	}

	@Test
	void theOtherReviewersScoresStayHiddenUntilOnesOwnIsHandedIn() throws Exception {
		TestPrincipal ann = member("Ann Reviewer");
		TestPrincipal bob = member("Bob Reviewer");
		Practice practice = this.practices.inReview(member("Sara Submitter"), "Job club",
				coordinator("Cora Coordinator"), ann, bob);
		String path = "/practices/" + practice.id() + "/review";

		post(path, ann, review(5, "Ann thinks it excellent.")).andExpect(redirectedUrl(path));

		assertThat(page(path, bob)).doesNotContain("Ann thinks it excellent").doesNotContain("Ann Reviewer");
		assertThat(page(path, ann)).contains("Ann thinks it excellent").doesNotContain("Bob");
		post(path, bob, review(3, "Bob finds it average.")).andExpect(redirectedUrl(path));
		assertThat(page(path, bob)).contains("Ann thinks it excellent").contains("Bob finds it average");
		assertThat(page(path, ann)).contains("Bob finds it average").contains("<td>4.0</td>");
	}

	@Test
	void aSecondHandInIsAConflictAndChangesNothing() throws Exception {
		TestPrincipal ann = member("Ann Reviewer");
		Practice practice = this.practices.inReview(member("Sara Submitter"), "Job club",
				coordinator("Cora Coordinator"), ann);
		String path = "/practices/" + practice.id() + "/review";
		post(path, ann, review(4, "First thoughts.")).andExpect(redirectedUrl(path));

		String again = text(post(path, ann, review(1, "Second thoughts.")).andExpect(status().isConflict()));

		assertThat(again).contains("You already handed in this review; nothing was changed.");
		assertThat(this.jdbc.queryForList("select distinct justification from practice_score where practice_id = ?",
				String.class, practice.id()))
			.containsExactly("First thoughts.");
		assertThat(scoreRows(practice)).isEqualTo(asked().size());
	}

	@Test
	void twoHandInsAtTheSameMomentLeaveOneReview() throws Exception {
		TestPrincipal ann = member("Ann Reviewer");
		Practice practice = this.practices.inReview(member("Sara Submitter"), "Job club",
				coordinator("Cora Coordinator"), ann);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> attempts = new ArrayList<>();
		for (int i = 1; i <= 2; i++) {
			int score = i;
			attempts.add(() -> {
				start.await();
				Map<UUID, ScoreSheet.Typed> typed = new java.util.LinkedHashMap<>();
				asked().forEach((c) -> typed.put(c, new ScoreSheet.Typed(Integer.toString(score), "Try " + score)));
				try {
					this.reviews.handIn(practice.id(), ann.id(), typed, null);
					return "handed in";
				}
				catch (ReviewAlreadyHandedIn twice) {
					return "refused";
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (Callable<String> attempt : attempts) {
				results.add(pool.submit(attempt));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("handed in", "refused");
		}
		finally {
			pool.shutdown();
		}
		assertThat(scoreRows(practice)).isEqualTo(asked().size());
		assertThat(this.jdbc.queryForList("select distinct justification from practice_score where practice_id = ?",
				String.class, practice.id()))
			.hasSize(1);
	}

	@Test
	void aRetiredCriterionIsNoLongerAskedButAnAddedOneIs() throws Exception {
		TestPrincipal ann = member("Ann Reviewer");
		Practice practice = this.practices.inReview(member("Sara Submitter"), "Job club",
				coordinator("Cora Coordinator"), ann);
		this.jdbc.update("update practice_criterion set retired = true where code = 'gender'");
		this.jdbc.update("insert into practice_criterion (id, code, name, position) values (?, ?, ?, 7)",
				UUID.randomUUID(), "c-test", "Cost per person");

		String page = page("/practices/" + practice.id() + "/review", ann);

		assertThat(page).doesNotContain("Gender sensitivity").contains("Cost per person");
		post("/practices/" + practice.id() + "/review", ann, review(4, "Fine.")).andExpect(status().is3xxRedirection());
		assertThat(scoreRows(practice)).isEqualTo(6);
	}

	private int scoreRows(Practice practice) {
		return this.jdbc.queryForObject("select count(*) from practice_score where practice_id = ?", Integer.class,
				practice.id());
	}

}
