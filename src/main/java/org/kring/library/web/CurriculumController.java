package org.kring.library.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.library.internal.Curricula;
import org.kring.library.internal.CurriculumModule;
import org.kring.library.internal.CurriculumTarget;
import org.kring.library.internal.Publication;
import org.kring.library.internal.PublicationKind;
import org.kring.system.KringPrincipal;
import org.kring.system.web.CleanText;
import org.kring.system.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A training curriculum's modules and assignments, edited by coordinators in one form
 * that works without JavaScript: each module has a position to reorder it by, a module or
 * assignment left without a title is removed, and an empty row at the end adds one.
 */
@Controller
class CurriculumController {

	private final LibraryGuard guard;

	private final Curricula curricula;

	CurriculumController(LibraryGuard guard, Curricula curricula) {
		this.guard = guard;
		this.curricula = curricula;
	}

	@GetMapping("/publications/{id}/curriculum")
	ModelAndView form(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		Publication publication = curriculum(id, me);
		return page(publication, this.curricula.modules(publication.id()), FormErrors.none());
	}

	@PostMapping("/publications/{id}/curriculum")
	ModelAndView save(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Publication publication = curriculum(id, me);
		List<Positioned> typed = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; request.getParameter("module-" + i + "-title") != null; i++) {
			String prefix = "module-" + i + "-";
			String title = CleanText.clean(request.getParameter(prefix + "title"));
			if (title == null || title.isBlank()) {
				continue;
			}
			Integer minutes = number(request.getParameter(prefix + "duration"));
			if (request.getParameter(prefix + "duration") != null
					&& !request.getParameter(prefix + "duration").isBlank() && (minutes == null || minutes <= 0)) {
				problems.add(prefix + "duration");
			}
			CurriculumTarget target = "COUNSELLORS".equals(request.getParameter(prefix + "target"))
					? CurriculumTarget.COUNSELLORS : CurriculumTarget.POLICY_MAKERS;
			List<CurriculumModule.Assignment> assignments = new ArrayList<>();
			for (int j = 0; request.getParameter(prefix + "assignment-" + j + "-title") != null; j++) {
				String assignment = CleanText.clean(request.getParameter(prefix + "assignment-" + j + "-title"));
				if (assignment != null && !assignment.isBlank()) {
					assignments.add(new CurriculumModule.Assignment(cut(assignment, 200),
							cut(CleanText.clean(request.getParameter(prefix + "assignment-" + j + "-instructions")),
									4000)));
				}
			}
			Integer position = number(request.getParameter(prefix + "position"));
			typed.add(new Positioned((position != null) ? position : i + 1, i,
					new CurriculumModule(cut(title, 200),
							cut(CleanText.clean(request.getParameter(prefix + "goals")), 4000),
							(minutes != null && minutes > 0) ? minutes : null, target, assignments)));
		}
		List<CurriculumModule> modules = typed.stream()
			.sorted(Comparator.comparingInt(Positioned::position).thenComparingInt(Positioned::row))
			.map(Positioned::module)
			.toList();
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return page(publication, modules,
					LibraryGuard.errors(Map.of(FormErrors.FORM, "library.curriculum.duration.invalid")));
		}
		return LibraryGuard.submitted(response, () -> {
			this.curricula.replace(publication, modules);
			return PublicationController.done(publication.id(), "library.curriculum.saved", redirect);
		}, (errors) -> page(publication, modules, errors), () -> page(publication, modules, FormErrors.none()));
	}

	private Publication curriculum(String id, KringPrincipal me) {
		Publication publication = this.guard.editable(id, me);
		if (publication.kind() != PublicationKind.TRAINING_CURRICULUM) {
			throw LibraryGuard.notFound();
		}
		return publication;
	}

	private static ModelAndView page(Publication publication, List<CurriculumModule> modules, FormErrors errors) {
		return new ModelAndView("library/curriculum-form",
				Map.of("page", new CurriculumFormPage(publication, modules, errors)));
	}

	private static @Nullable Integer number(@Nullable String value) {
		try {
			return (value == null || value.isBlank()) ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

	private record Positioned(int position, int row, CurriculumModule module) {
	}

}
