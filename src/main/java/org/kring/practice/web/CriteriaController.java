package org.kring.practice.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.CriteriaAdministration;
import org.kring.practice.internal.Criterion;
import org.kring.practice.internal.ReviewRefused;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The criteria practices are scored on, for administrators (the whole of {@code /admin}
 * is theirs): add one, rename an added one, move, retire and restore.
 */
@Controller
class CriteriaController {

	static final String PATH = "/admin/practice-criteria";

	static final String LIST = "practice/criteria-list";

	static final String EDIT = "practice/criteria-edit";

	private final CriteriaAdministration criteria;

	CriteriaController(CriteriaAdministration criteria) {
		this.criteria = criteria;
	}

	@GetMapping(PATH)
	ModelAndView list() {
		return list(new CriteriaPage.Typed(null, null), FormErrors.none());
	}

	@PostMapping(PATH)
	ModelAndView add(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String description, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.criteria.add(name, description);
			return done("practicereview.criteria.added", redirect);
		}
		catch (ReviewRefused refused) {
			return list(new CriteriaPage.Typed(name, description), ReviewGuard.refused(response, refused.problems()));
		}
	}

	@GetMapping(PATH + "/{id}/edit")
	ModelAndView editForm(@PathVariable String id) {
		Criterion criterion = editable(id);
		return edit(criterion, new CriteriaPage.Typed(criterion.name(), criterion.description()), FormErrors.none());
	}

	@PostMapping(PATH + "/{id}/edit")
	ModelAndView edit(@PathVariable String id, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String description, HttpServletResponse response,
			RedirectAttributes redirect) {
		Criterion criterion = editable(id);
		try {
			this.criteria.describe(criterion.id(), name, description);
			return done("practicereview.criteria.saved", redirect);
		}
		catch (ReviewRefused refused) {
			return edit(criterion, new CriteriaPage.Typed(name, description),
					ReviewGuard.refused(response, refused.problems()));
		}
	}

	@PostMapping(PATH + "/{id}/up")
	ModelAndView up(@PathVariable String id, RedirectAttributes redirect) {
		this.criteria.move(found(id).id(), true);
		return done("practicereview.criteria.moved", redirect);
	}

	@PostMapping(PATH + "/{id}/down")
	ModelAndView down(@PathVariable String id, RedirectAttributes redirect) {
		this.criteria.move(found(id).id(), false);
		return done("practicereview.criteria.moved", redirect);
	}

	@PostMapping(PATH + "/{id}/retire")
	ModelAndView retire(@PathVariable String id, RedirectAttributes redirect) {
		this.criteria.retire(found(id).id());
		return done("practicereview.criteria.retired.done", redirect);
	}

	@PostMapping(PATH + "/{id}/restore")
	ModelAndView restore(@PathVariable String id, RedirectAttributes redirect) {
		this.criteria.restore(found(id).id());
		return done("practicereview.criteria.restored", redirect);
	}

	private ModelAndView list(CriteriaPage.Typed typed, FormErrors errors) {
		return new ModelAndView(LIST, Map.of("page", new CriteriaPage(this.criteria.all(), typed, errors)));
	}

	private ModelAndView edit(Criterion criterion, CriteriaPage.Typed typed, FormErrors errors) {
		return new ModelAndView(EDIT, Map.of("page", new CriterionEditPage(criterion, typed, errors)));
	}

	private static ModelAndView done(String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:" + PATH);
	}

	private Criterion found(String id) {
		UUID uuid = ReviewGuard.uuid(id);
		return this.criteria.find(uuid).orElseThrow(ReviewGuard::notFound);
	}

	/** Only an added criterion is renamed here; the defaults are named by the bundles. */
	private Criterion editable(String id) {
		Criterion criterion = found(id);
		if (criterion.builtIn()) {
			throw ReviewGuard.notFound();
		}
		return criterion;
	}

}
