package org.kring.library.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.library.internal.FileView;
import org.kring.library.internal.Library;
import org.kring.library.internal.LibraryFiles;
import org.kring.library.internal.LibraryQueries;
import org.kring.library.internal.Publication;
import org.kring.library.internal.TranslationRequests;
import org.kring.system.KringPrincipal;
import org.kring.system.files.FileDownloads;
import org.kring.system.files.Uploads;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.CleanText;
import org.kring.system.web.FormErrors;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
 * A publication's files: downloading them (for whoever reads the publication), a new
 * version with its change note and a translation with its own files (for coordinators),
 * and a reader's request for a translation (for everyone, visitors too).
 */
@Controller
class PublicationFilesController {

	private final Library library;

	private final LibraryQueries queries;

	private final LibraryFiles files;

	private final LibraryGuard guard;

	private final TranslationRequests requests;

	PublicationFilesController(Library library, LibraryQueries queries, LibraryFiles files, LibraryGuard guard,
			TranslationRequests requests) {
		this.library = library;
		this.queries = queries;
		this.files = files;
		this.guard = guard;
		this.requests = requests;
	}

	@GetMapping("/publications/{id}/files/{fileId}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String fileId,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		Publication publication = this.guard.readable(id, me);
		FileView file = this.queries.file(publication.id(), LibraryGuard.id(fileId));
		if (file == null) {
			throw LibraryGuard.notFound();
		}
		var path = this.files.pathOf(file.id());
		return (publication.communityId() == null) ? FileDownloads.publicly(path, file.name(), file.contentType())
				: FileDownloads.privately(path, file.name(), file.contentType());
	}

	@GetMapping("/publications/{id}/versions/new")
	ModelAndView versionForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale) {
		return form(this.guard.editable(id, me), false, Map.of(), FormErrors.none(), locale);
	}

	@PostMapping("/publications/{id}/versions/new")
	ModelAndView addVersion(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale,
			@RequestParam(required = false) @Nullable String changeNote,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads,
			HttpServletResponse response, RedirectAttributes redirect) {
		Publication publication = this.guard.editable(id, me);
		Map<String, String> typed = typed("changeNote", CleanText.clean(changeNote));
		return LibraryGuard.submitted(response, () -> {
			this.library.addVersion(publication, CleanText.clean(changeNote), Uploads.of(uploads), me.id());
			return PublicationController.done(publication.id(), "library.version.added", redirect);
		}, (errors) -> form(publication, false, typed, errors, locale),
				() -> form(publication, false, typed, FormErrors.none(), locale));
	}

	@GetMapping("/publications/{id}/translations/new")
	ModelAndView translationForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale,
			@RequestParam(required = false) @Nullable String language) {
		return form(this.guard.editable(id, me), true, typed("language", language), FormErrors.none(), locale);
	}

	@PostMapping("/publications/{id}/translations/new")
	ModelAndView translate(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String summary,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads,
			HttpServletResponse response, RedirectAttributes redirect) {
		Publication publication = this.guard.editable(id, me);
		String cleanTitle = CleanText.clean(title);
		String cleanSummary = CleanText.clean(summary);
		Map<String, String> typed = typed("language", language, "title", cleanTitle, "summary", cleanSummary);
		return LibraryGuard.submitted(response, () -> {
			this.library.translate(publication, language, cleanTitle, cleanSummary, Uploads.of(uploads), me.id());
			return PublicationController.done(publication.id(), "library.translation.added", redirect);
		}, (errors) -> form(publication, true, typed, errors, locale),
				() -> form(publication, true, typed, FormErrors.none(), locale));
	}

	@PostMapping("/publications/{id}/translation-requests")
	ModelAndView requestTranslation(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(required = false) @Nullable String language, HttpServletRequest request,
			RedirectAttributes redirect) {
		Publication publication = this.guard.readable(id, me);
		String code = LanguageCodes.normalize(language);
		boolean counted = code != null && (me != null || TranslationAsked.remember(request, publication.id(), code))
				&& this.requests.request(publication, code, (me != null) ? me.id() : null);
		return PublicationController.done(publication.id(),
				counted ? "library.request.counted" : "library.request.already", redirect);
	}

	private ModelAndView form(Publication publication, boolean translation, Map<String, String> values,
			FormErrors errors, Locale locale) {
		return new ModelAndView(translation ? "library/translation-form" : "library/version-form", Map.of("page",
				new FilesFormPage(publication, translation, values, errors, LanguageCodes.common(locale))));
	}

	private static Map<String, String> typed(@Nullable String... pairs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				values.put(pairs[i], pairs[i + 1]);
			}
		}
		return values;
	}

}
