package org.kring.practice.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.practice.internal.Criteria;
import org.kring.practice.internal.Criterion;
import org.kring.practice.internal.Evaluation;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeReviews;
import org.kring.practice.internal.ReviewAlreadyHandedIn;
import org.kring.practice.internal.ReviewQueries;
import org.kring.practice.internal.ReviewRefused;
import org.kring.practice.internal.ScoreSheet;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's review of a practice, for its assigned reviewers only: every criterion
 * asked scored 1 to 5 with a justification, handed in once. Until they hand in, the other
 * reviewers' scores stay hidden from them; afterwards they see every handed-in score. A
 * second hand-in is answered with 409 and changes nothing.
 */
@Controller
class ReviewController {

	static final String VIEW = "practice/review-form";

	private final ReviewGuard guard;

	private final PracticeReviews reviews;

	private final ReviewQueries queries;

	private final Criteria criteria;

	private final AccountManagement accounts;

	ReviewController(ReviewGuard guard, PracticeReviews reviews, ReviewQueries queries, Criteria criteria,
			AccountManagement accounts) {
		this.guard = guard;
		this.reviews = reviews;
		this.queries = queries;
		this.criteria = criteria;
		this.accounts = accounts;
	}

	@GetMapping("/practices/{id}/review")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		Practice practice = this.guard.reviewed(id, me);
		return page(practice, me, Map.of(), null, FormErrors.none());
	}

	@PostMapping("/practices/{id}/review")
	ModelAndView handIn(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String remarks, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Practice practice = this.guard.reviewed(id, me);
		Map<UUID, ScoreSheet.Typed> typed = typed(request);
		try {
			this.reviews.handIn(practice.id(), me.id(), typed, remarks);
			redirect.addFlashAttribute(PageContext.NOTICE, "practicereview.review.handedIn");
			return new ModelAndView("redirect:" + ReviewPaths.review(practice.id()));
		}
		catch (ReviewRefused refused) {
			return page(practice, me, typed, remarks, ReviewGuard.refused(response, refused.problems()));
		}
		catch (ReviewAlreadyHandedIn twice) {
			FormErrors errors = ReviewGuard.refused(response, Map.of(FormErrors.FORM, "practicereview.review.already"));
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(practice, me, Map.of(), null, errors);
		}
	}

	private ModelAndView page(Practice practice, KringPrincipal me, Map<UUID, ScoreSheet.Typed> typed,
			@Nullable String remarks, FormErrors errors) {
		ReviewQueries.ReviewerRow mine = this.queries.review(practice.id(), me.id()).orElseThrow(ReviewGuard::notFound);
		List<Criterion> all = this.criteria.findAllByOrderByPositionAsc();
		List<Criterion> asked = all.stream().filter((criterion) -> !criterion.retired()).toList();
		Evaluation others = Evaluation.of(all, List.of());
		Map<UUID, String> names = Map.of();
		if (mine.handedIn()) {
			// only once their own review is in do they see the others'
			List<Evaluation.Scored> scores = this.queries.handedInScores(practice.id());
			others = Evaluation.of(all, scores);
			names = this.accounts.displayNamesOf(scores.stream().map(Evaluation.Scored::reviewerId).toList());
		}
		return new ModelAndView(VIEW,
				Map.of("page", new ReviewPage(practice, mine, asked, typed, remarks, errors, others, names)));
	}

	/**
	 * The scores and justifications as typed, by criterion, from fields named after it.
	 */
	private static Map<UUID, ScoreSheet.Typed> typed(HttpServletRequest request) {
		Map<UUID, ScoreSheet.Typed> typed = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(request.getParameterMap().keySet());
		for (String name : names) {
			if (name.startsWith("score-") || name.startsWith("justification-")) {
				UUID criterion = criterion(name.substring(name.indexOf('-') + 1));
				if (criterion != null) {
					typed.put(criterion, new ScoreSheet.Typed(request.getParameter("score-" + criterion),
							request.getParameter("justification-" + criterion)));
				}
			}
		}
		return typed;
	}

	private static @Nullable UUID criterion(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
