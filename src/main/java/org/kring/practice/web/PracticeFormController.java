package org.kring.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.practice.internal.FileRefused;
import org.kring.practice.internal.IncompletePracticeException;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.PracticeDesk;
import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.PracticeStateChange;
import org.kring.system.KringPrincipal;
import org.kring.system.files.Upload;
import org.kring.system.files.Uploads;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a good practice with the template: anyone signed in starts one; only its
 * submitter changes it, attaches files and submits it, while it is a draft or returned
 * (anyone else gets 404). Bad input and an incomplete submission show the form again with
 * 422, each message next to its part and everything typed kept; a change that crossed
 * another shows it again with 409.
 */
@Controller
class PracticeFormController {

	static final String FORM = "practice/form";

	private final PracticeDesk desk;

	private final PracticeFormReader reader;

	private final FieldVocabulary fields;

	PracticeFormController(PracticeDesk desk, PracticeFormReader reader, FieldVocabulary fields) {
		this.desk = desk;
		this.reader = reader;
		this.fields = fields;
	}

	@GetMapping("/practices/new")
	ModelAndView newForm(Locale locale) {
		return form(null, PracticeForm.empty(locale.getLanguage()), FormErrors.none(), locale, null);
	}

	@PostMapping("/practices/new")
	ModelAndView write(@AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String step, HttpServletRequest request,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		PracticeForm typed = PracticeForm.typed(request);
		boolean submit = "submit".equals(step);
		return saved(typed, null, response, locale, redirect, submit,
				(description) -> this.desk.write(me, description, submit), () -> typed);
	}

	@GetMapping("/practices/{id}/edit")
	ModelAndView editForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale) {
		Practice practice = this.desk.editable(me, PracticePaths.id(id));
		return form(practice, PracticeForm.of(practice.description(), practice.version()), FormErrors.none(), locale,
				null);
	}

	@PostMapping("/practices/{id}/edit")
	ModelAndView revise(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String step, HttpServletRequest request,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Practice practice = this.desk.editable(me, PracticePaths.id(id));
		PracticeForm typed = PracticeForm.typed(request);
		boolean submit = "submit".equals(step);
		long version = (typed.version() != null) ? typed.version() : -1;
		return saved(typed, practice, response, locale, redirect, submit,
				(description) -> this.desk.revise(me, practice.id(), version, description, submit),
				() -> typed.atVersion(this.desk.editable(me, practice.id()).version()));
	}

	@PostMapping("/practices/{id}/files")
	ModelAndView attach(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Practice practice = this.desk.editable(me, PracticePaths.id(id));
		List<Upload> uploads = Uploads.of(files);
		if (uploads.isEmpty()) {
			return fileRefused(practice, "practice.file.none", response, locale);
		}
		try {
			for (Upload upload : uploads) {
				this.desk.attach(me, practice.id(), upload);
			}
		}
		catch (FileRefused refused) {
			return fileRefused(practice, refused.reason(), response, locale);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "practice.file.added");
		return new ModelAndView("redirect:" + PracticePaths.edit(practice.id()));
	}

	@PostMapping("/practices/{id}/files/{fileId}/delete")
	ModelAndView detach(@PathVariable String id, @PathVariable String fileId,
			@AuthenticationPrincipal KringPrincipal me, RedirectAttributes redirect) {
		UUID practiceId = PracticePaths.id(id);
		this.desk.remove(me, practiceId, PracticePaths.id(fileId));
		redirect.addFlashAttribute(PageContext.NOTICE, "practice.file.removed");
		return new ModelAndView("redirect:" + PracticePaths.edit(practiceId));
	}

	private ModelAndView fileRefused(Practice practice, String reason, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(practice, PracticeForm.of(practice.description(), practice.version()), FormErrors.none(), locale,
				reason);
	}

	private ModelAndView saved(PracticeForm typed, @Nullable Practice practice, HttpServletResponse response,
			Locale locale, RedirectAttributes redirect, boolean submit, Function<PracticeDescription, Practice> save,
			Supplier<PracticeForm> crossed) {
		PracticeFormReader.Read read = this.reader.read(typed);
		if (read.description() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(practice, typed, FormErrors.of(read.problems()), locale, null);
		}
		try {
			Practice written = save.apply(read.description());
			redirect.addFlashAttribute(PageContext.NOTICE, submit ? "practice.submitted" : "practice.saved");
			return new ModelAndView(
					"redirect:" + (submit ? PracticePaths.show(written.id()) : PracticePaths.edit(written.id())));
		}
		catch (IncompletePracticeException incomplete) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> problems = new java.util.LinkedHashMap<>();
			problems.put(FormErrors.FORM, "practice.incomplete");
			incomplete.missing().forEach((part) -> problems.put(part, "practice.missing." + part));
			return form(practice, typed, FormErrors.of(problems), locale, null);
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(practice, crossed.get(), FormErrors.of(Map.of(FormErrors.FORM, "practice.stale")), locale,
					null);
		}
	}

	private ModelAndView form(@Nullable Practice practice, PracticeForm form, FormErrors errors, Locale locale,
			@Nullable String fileProblem) {
		PracticeFormPage page = new PracticeFormPage((practice != null) ? practice.id() : null, form, errors,
				Countries.all(locale), this.fields.all(locale), this.reader.organisations(),
				LanguageCodes.common(locale), (practice != null) ? this.desk.files(practice.id()) : List.of(),
				(practice != null) ? returnComments(practice) : null, fileProblem);
		return new ModelAndView(FORM, Map.of("page", page));
	}

	private static @Nullable String returnComments(Practice practice) {
		if (practice.state() != PracticeState.RETURNED) {
			return null;
		}
		List<PracticeStateChange> changes = practice.stateChanges();
		return changes.get(changes.size() - 1).comments();
	}

}
