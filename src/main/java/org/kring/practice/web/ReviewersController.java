package org.kring.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.practice.internal.Criteria;
import org.kring.practice.internal.Evaluation;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeReviews;
import org.kring.practice.internal.ReviewQueries;
import org.kring.practice.internal.ReviewRefused;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A practice's evaluation as a coordinator runs it: experts of its fields suggested (each
 * marked when they may not review it), reviewers assigned and removed, the review started
 * with two reviewers at least, and the decision: return with comments or publish with a
 * summary. Refusals show the page again with 422 and the message next to the field.
 */
@Controller
class ReviewersController {

	static final String VIEW = "practice/review-reviewers";

	static final int SUGGESTIONS = 20;

	private final ReviewGuard guard;

	private final PracticeReviews reviews;

	private final ReviewQueries queries;

	private final AccountManagement accounts;

	private final Criteria criteria;

	ReviewersController(ReviewGuard guard, PracticeReviews reviews, ReviewQueries queries, AccountManagement accounts,
			Criteria criteria) {
		this.criteria = criteria;
		this.guard = guard;
		this.reviews = reviews;
		this.queries = queries;
		this.accounts = accounts;
	}

	@GetMapping("/practices/{id}/reviewers")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		return page(this.guard.coordinated(id, me), ReviewersPage.Typed.EMPTY, FormErrors.none());
	}

	@PostMapping("/practices/{id}/reviewers")
	ModelAndView assign(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String email, HttpServletResponse response,
			RedirectAttributes redirect) {
		Practice practice = this.guard.coordinated(id, me);
		return act(practice, response, redirect, new ReviewersPage.Typed(email, null, null),
				"practicereview.reviewer.assigned", () -> {
					if (person != null && !person.isBlank()) {
						this.reviews.assign(practice.id(), ReviewGuard.uuid(person), me.id());
					}
					else {
						this.reviews.assignByEmail(practice.id(), email, me.id());
					}
				});
	}

	@PostMapping("/practices/{id}/reviewers/{person}/remove")
	ModelAndView unassign(@PathVariable String id, @PathVariable String person,
			@AuthenticationPrincipal KringPrincipal me, HttpServletResponse response, RedirectAttributes redirect) {
		Practice practice = this.guard.coordinated(id, me);
		return act(practice, response, redirect, ReviewersPage.Typed.EMPTY, "practicereview.reviewer.removed",
				() -> this.reviews.unassign(practice.id(), ReviewGuard.uuid(person)));
	}

	@PostMapping("/practices/{id}/reviewers/start")
	ModelAndView start(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			HttpServletResponse response, RedirectAttributes redirect) {
		Practice practice = this.guard.coordinated(id, me);
		return act(practice, response, redirect, ReviewersPage.Typed.EMPTY, "practicereview.start.done",
				() -> this.reviews.startReview(practice.id(), me.id()));
	}

	@PostMapping("/practices/{id}/decision/return")
	ModelAndView returnWith(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String comments, HttpServletResponse response,
			RedirectAttributes redirect) {
		Practice practice = this.guard.coordinated(id, me);
		return act(practice, response, redirect, new ReviewersPage.Typed(null, comments, null),
				"practicereview.decide.returned", () -> this.reviews.returnWith(practice.id(), comments, me.id()));
	}

	@PostMapping("/practices/{id}/decision/publish")
	ModelAndView publish(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String summary, HttpServletResponse response,
			RedirectAttributes redirect) {
		Practice practice = this.guard.coordinated(id, me);
		return act(practice, response, redirect, new ReviewersPage.Typed(null, null, summary),
				"practicereview.decide.published", () -> this.reviews.publish(practice.id(), summary, me.id()));
	}

	/** Does one step and comes back to the page, or shows it again with the refusal. */
	private ModelAndView act(Practice practice, HttpServletResponse response, RedirectAttributes redirect,
			ReviewersPage.Typed typed, String notice, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute(PageContext.NOTICE, notice);
			return new ModelAndView("redirect:" + ReviewPaths.reviewers(practice.id()));
		}
		catch (ReviewRefused refused) {
			return page(practice, typed, ReviewGuard.refused(response, refused.problems()));
		}
	}

	private ModelAndView page(Practice practice, ReviewersPage.Typed typed, FormErrors errors) {
		List<ReviewQueries.ReviewerRow> reviewers = this.queries.reviewersOf(practice.id());
		List<PracticeReviews.Suggestion> suggestions = this.reviews.suggestions(practice.id(), SUGGESTIONS);
		List<UUID> people = new ArrayList<>();
		reviewers.forEach((row) -> people.add(row.reviewerId()));
		suggestions.forEach((row) -> people.add(row.personId()));
		Map<UUID, String> names = this.accounts.displayNamesOf(people);
		return new ModelAndView(VIEW,
				Map.of("page", new ReviewersPage(practice, reviewers, suggestions, names, typed, errors, Evaluation
					.of(this.criteria.findAllByOrderByPositionAsc(), this.queries.handedInScores(practice.id())))));
	}

}
