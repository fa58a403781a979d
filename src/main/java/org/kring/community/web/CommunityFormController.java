package org.kring.community.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityAccess;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.CommunityEditor;
import org.kring.community.internal.CommunityReader;
import org.kring.community.internal.CommunityViewers;
import org.kring.community.internal.Editing;
import org.kring.community.internal.SlugTakenException;
import org.kring.community.internal.StaleEditException;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting a community at {@code /communities/new} (or proposing one, when that is all
 * the person may do) and editing one at {@code /communities/{slug}/edit}. A rejected form
 * comes back with 422 and what was typed; an edit that crossed someone else's comes back
 * with 409 and says so.
 */
@Controller
class CommunityFormController {

	static final String VIEW = "community/form";

	private final CommunityEditor editor;

	private final CommunityReader reader;

	private final CommunityViewers viewers;

	private final CommunityAccess access;

	private final PartnerChoice partners;

	CommunityFormController(CommunityEditor editor, CommunityReader reader, CommunityViewers viewers,
			CommunityAccess access, PartnerChoice partners) {
		this.editor = editor;
		this.reader = reader;
		this.viewers = viewers;
		this.access = access;
		this.partners = partners;
	}

	@GetMapping("/communities/new")
	String newForm(@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale, Model model) {
		model.addAttribute("page",
				page(startMode(me), "/communities/new", CommunityForm.empty(locale), FormErrors.none()));
		return VIEW;
	}

	@PostMapping("/communities/new")
	String create(@AuthenticationPrincipal @Nullable KringPrincipal me,
			@Valid @ModelAttribute("form") CommunityForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CommunityFormPage.Mode mode = startMode(me);
		Set<UUID> partners = this.partners.chosen(form, result);
		CommunityDescription description = CommunityForms.describe(form, result);
		if (description != null) {
			try {
				Community community = this.editor.start(description, partners, CommunityController.signedIn(me));
				redirect.addFlashAttribute(PageContext.NOTICE, (mode == CommunityFormPage.Mode.CREATE)
						? "community.form.create.done" : "community.form.propose.done");
				return "redirect:/communities/" + community.slug();
			}
			catch (SlugTakenException | DataIntegrityViolationException ex) {
				CommunityForms.reject(result, "slug", form.slug(), "community.slug.taken");
			}
		}
		return rejected(model, response, HttpStatus.UNPROCESSABLE_CONTENT,
				page(mode, "/communities/new", form, FormErrors.of(result)));
	}

	@GetMapping("/communities/{slug}/edit")
	String editForm(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, Model model) {
		Editing editing = this.reader.forEditing(slug, me);
		model.addAttribute("page",
				page(CommunityFormPage.Mode.EDIT, editAction(slug), CommunityForm.of(editing), FormErrors.none()));
		return VIEW;
	}

	@PostMapping("/communities/{slug}/edit")
	String edit(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@Valid @ModelAttribute("form") CommunityForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Editing stored = this.reader.forEditing(slug, me);
		Set<UUID> partners = this.partners.chosen(form, result);
		CommunityDescription description = CommunityForms.describe(form, result);
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		CommunityForm shown = form;
		if (description != null) {
			long version = (form.version() != null) ? form.version() : -1;
			try {
				Community community = this.editor.edit(slug, version, description, partners,
						CommunityController.signedIn(me));
				redirect.addFlashAttribute(PageContext.NOTICE, "community.form.edit.done");
				return "redirect:/communities/" + community.slug();
			}
			catch (SlugTakenException | DataIntegrityViolationException ex) {
				CommunityForms.reject(result, "slug", form.slug(), "community.slug.taken");
			}
			catch (StaleEditException | OptimisticLockingFailureException ex) {
				result.reject("community.form.edit.stale", "community.form.edit.stale");
				status = HttpStatus.CONFLICT;
				shown = form.atVersion(this.reader.forEditing(slug, me).version());
			}
		}
		else if (form.version() == null) {
			shown = form.atVersion(stored.version());
		}
		return rejected(model, response, status,
				page(CommunityFormPage.Mode.EDIT, editAction(slug), shown, FormErrors.of(result)));
	}

	private CommunityFormPage page(CommunityFormPage.Mode mode, String action, CommunityForm form, FormErrors errors) {
		return new CommunityFormPage(mode, action, form, errors, this.partners.options());
	}

	private CommunityFormPage.Mode startMode(@Nullable KringPrincipal me) {
		return switch (this.access.creation(this.viewers.anywhere(me))) {
			case CREATE -> CommunityFormPage.Mode.CREATE;
			case PROPOSE -> CommunityFormPage.Mode.PROPOSE;
			case NONE -> throw new AccessDeniedException("May not start a community");
		};
	}

	private static String rejected(Model model, HttpServletResponse response, HttpStatus status,
			CommunityFormPage page) {
		response.setStatus(status.value());
		model.addAttribute("page", page);
		return VIEW;
	}

	private static String editAction(String slug) {
		return "/communities/" + slug + "/edit";
	}

}
