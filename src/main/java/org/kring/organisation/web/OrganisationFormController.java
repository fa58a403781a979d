package org.kring.organisation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.RelationKind;
import org.kring.system.i18n.Countries;
import org.kring.organisation.internal.Organisation;
import org.kring.organisation.internal.OrganisationDetail;
import org.kring.organisation.internal.OrganisationEditor;
import org.kring.organisation.internal.OrganisationQueries;
import org.kring.organisation.internal.OrganisationRow;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and changing organisations and their relations: for administrators and
 * coordinators only. A rejected form comes back with 422, a message next to each field
 * that needs one and what was typed; nothing of it is saved. An edit that crossed someone
 * else's comes back with 409, says so and carries the version stored now, so that saving
 * again replaces it.
 */
@Controller
class OrganisationFormController {

	static final String VIEW = "organisation/form";

	private final OrganisationQueries queries;

	private final OrganisationEditor editor;

	private final FieldVocabulary expertise;

	OrganisationFormController(OrganisationQueries queries, OrganisationEditor editor, FieldVocabulary expertise) {
		this.queries = queries;
		this.editor = editor;
		this.expertise = expertise;
	}

	@GetMapping("/organisations/new")
	ModelAndView blank(@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		Editors.check(me);
		return view(null, OrganisationForm.empty(), FormErrors.none(), RelationForm.empty(), FormErrors.none(), locale);
	}

	@PostMapping("/organisations/new")
	ModelAndView create(@AuthenticationPrincipal @Nullable KringPrincipal me,
			@ModelAttribute("form") OrganisationForm form, BindingResult result, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Editors.check(me);
		if (!result.hasErrors()) {
			Organisation saved = save(() -> this.editor.create(form.input()), result);
			if (saved != null) {
				return savedTo(saved, "organisation.created", redirect);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(null, form, FormErrors.of(result), RelationForm.empty(), FormErrors.none(), locale);
	}

	@GetMapping("/organisations/{slug}/edit")
	ModelAndView edit(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		Editors.check(me);
		OrganisationDetail detail = detail(slug);
		return view(detail, stored(detail.organisation()), FormErrors.none(), RelationForm.empty(), FormErrors.none(),
				locale);
	}

	@PostMapping("/organisations/{slug}/edit")
	ModelAndView update(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@ModelAttribute("form") OrganisationForm form, BindingResult result, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Editors.check(me);
		OrganisationDetail detail = detail(slug);
		if (!result.hasErrors()) {
			long version = (form.version() != null) ? form.version() : -1;
			Organisation saved = save(() -> this.editor.update(slug, version, form.input()), result);
			if (saved != null) {
				return savedTo(saved, "organisation.saved", redirect);
			}
			if (crossed(result)) {
				OrganisationDetail current = detail(slug);
				response.setStatus(HttpStatus.CONFLICT.value());
				return view(current, form.atVersion(current.organisation().version()), FormErrors.of(result),
						RelationForm.empty(), FormErrors.none(), locale);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(detail, form, FormErrors.of(result), RelationForm.empty(), FormErrors.none(), locale);
	}

	@PostMapping("/organisations/{slug}/relations")
	ModelAndView relate(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@ModelAttribute("relationForm") RelationForm form, BindingResult result, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Editors.check(me);
		OrganisationDetail detail = detail(slug);
		if (!result.hasErrors()) {
			Map<String, String> problems;
			try {
				problems = this.editor.relate(slug, form.target(), form.relationKind(), form.note());
			}
			catch (DataIntegrityViolationException ex) {
				problems = Map.of("target", "organisation.relation.duplicate");
			}
			if (problems.isEmpty()) {
				redirect.addFlashAttribute(PageContext.NOTICE, "organisation.relation.added");
				return new ModelAndView("redirect:/organisations/" + slug + "/edit");
			}
			problems.forEach((field, key) -> reject(result, field, key));
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(detail, stored(detail.organisation()), FormErrors.none(), form, FormErrors.of(result), locale);
	}

	@PostMapping("/organisations/{slug}/relations/{id}/delete")
	String unrelate(@PathVariable String slug, @PathVariable String id,
			@AuthenticationPrincipal @Nullable KringPrincipal me, RedirectAttributes redirect) {
		Editors.check(me);
		UUID relationId;
		try {
			relationId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!this.editor.unrelate(slug, relationId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "organisation.relation.removed");
		return "redirect:/organisations/" + slug + "/edit";
	}

	private @Nullable Organisation save(Saving saving, BindingResult result) {
		OrganisationEditor.Saved saved;
		try {
			saved = saving.save();
		}
		catch (DataIntegrityViolationException ex) {
			saved = new OrganisationEditor.Saved(null, Map.of("slug", "organisation.slug.taken"));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			saved = new OrganisationEditor.Saved(null, Map.of(OrganisationEditor.FORM, OrganisationEditor.CHANGED));
		}
		saved.problems().forEach((field, key) -> reject(result, field, key));
		return saved.organisation();
	}

	private static boolean crossed(BindingResult result) {
		return result.getGlobalErrors()
			.stream()
			.anyMatch((error) -> OrganisationEditor.CHANGED.equals(error.getCode()));
	}

	private static ModelAndView savedTo(Organisation saved, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:/organisations/" + saved.slug());
	}

	private static void reject(BindingResult result, String field, String key) {
		if (OrganisationEditor.FORM.equals(field)) {
			result.reject(key, key);
		}
		else {
			result
				.addError(new FieldError(result.getObjectName(), field, null, false, new String[] { key }, null, key));
		}
	}

	private static OrganisationForm stored(OrganisationRow row) {
		return new OrganisationForm(row.name(), row.slug(), row.kind().name(), row.country(), row.region(),
				row.website(), row.description(), row.fields(), row.version());
	}

	private OrganisationDetail detail(String slug) {
		return this.queries.detail(slug, null).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView view(@Nullable OrganisationDetail detail, OrganisationForm form, FormErrors errors,
			RelationForm relationForm, FormErrors relationErrors, Locale locale) {
		Labels labels = Labels.of(locale, this.expertise);
		OrganisationRow organisation = (detail != null) ? detail.organisation() : null;
		List<OrganisationSummary> others = (organisation != null)
				? this.queries.summaries().stream().filter((other) -> !other.id().equals(organisation.id())).toList()
				: List.of();
		OrganisationFormPage page = new OrganisationFormPage((organisation != null) ? organisation.slug() : null,
				(organisation != null) ? organisation.name() : null, form, errors,
				Arrays.asList(OrganisationKind.values()), Countries.all(locale), labels.fields(),
				(detail != null) ? detail.relations() : List.of(), relationForm, relationErrors, others,
				Arrays.asList(RelationKind.values()));
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	@FunctionalInterface
	private interface Saving {

		OrganisationEditor.Saved save();

	}

}
