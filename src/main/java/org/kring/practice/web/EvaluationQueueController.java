package org.kring.practice.web;

import java.util.Map;

import org.kring.practice.internal.ReviewQueries;
import org.kring.system.KringPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The coordinators' queue of practices to evaluate, and a reviewer's own list of reviews.
 * Both are flat rows read in one query.
 */
@Controller
class EvaluationQueueController {

	static final String QUEUE = "practice/evaluation-queue";

	static final String MINE = "practice/review-mine";

	private final ReviewQueries queries;

	private final ReviewGuard guard;

	EvaluationQueueController(ReviewQueries queries, ReviewGuard guard) {
		this.queries = queries;
		this.guard = guard;
	}

	@GetMapping("/practices/evaluation")
	ModelAndView queue(@AuthenticationPrincipal KringPrincipal me) {
		this.guard.coordinating(me);
		return new ModelAndView(QUEUE, Map.of("page", new EvaluationQueuePage(this.queries.queue())));
	}

	@GetMapping("/practices/reviews")
	ModelAndView mine(@AuthenticationPrincipal KringPrincipal me) {
		return new ModelAndView(MINE, Map.of("page", new MyReviewsPage(this.queries.reviewsOf(me.id()))));
	}

}
