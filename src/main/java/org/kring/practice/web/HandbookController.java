package org.kring.practice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldName;
import org.kring.organisation.FieldVocabulary;
import org.kring.practice.internal.HandbookChoice;
import org.kring.practice.internal.HandbookPractice;
import org.kring.practice.internal.HandbookQueries;
import org.kring.practice.internal.PracticeAccess;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.kring.system.i18n.Countries;
import org.kring.system.web.PdfDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The handbook of good practices, for coordinators and administrators (anyone else gets a
 * 404; a visitor is asked to sign in first): a form to choose published practices, a
 * preview page and the PDF, both rendered from the same template. No choice, too many or
 * no title: 422 with the form and the problem next to it.
 */
@Controller
class HandbookController {

	static final String PATH = "/practices/handbook";

	static final String PREVIEW = PATH + "/preview";

	static final String PDF = "/practices/handbook.pdf";

	static final String FORM = "practice/handbook";

	static final String DOCUMENT = "practice/handbook-document";

	private final HandbookQueries queries;

	private final PracticeAccess access;

	private final FieldVocabulary vocabulary;

	private final PdfDocuments pdfs;

	private final KringProperties properties;

	private final Clock clock;

	HandbookController(HandbookQueries queries, PracticeAccess access, FieldVocabulary vocabulary, PdfDocuments pdfs,
			KringProperties properties, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.vocabulary = vocabulary;
		this.pdfs = pdfs;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping(PATH)
	ModelAndView form(HandbookParameters sent, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		guard(me);
		return form(HandbookRequest.of(sent), locale);
	}

	@GetMapping(PREVIEW)
	ModelAndView preview(HandbookParameters sent, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		guard(me);
		return new ModelAndView(DOCUMENT, Map.of("page", document(HandbookRequest.of(sent), locale)));
	}

	@GetMapping(PDF)
	ResponseEntity<byte[]> pdf(HandbookParameters sent, @AuthenticationPrincipal @Nullable KringPrincipal me,
			Locale locale, HttpServletRequest http) {
		guard(me);
		HandbookDocument document = document(HandbookRequest.of(sent), locale);
		return this.pdfs.download(DOCUMENT, Map.of("page", document), http, "handbook-" + today() + ".pdf");
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ModelAndView rejected(PageRejected rejected) {
		return rejected.page();
	}

	private HandbookDocument document(HandbookRequest sent, Locale locale) {
		HandbookRequest request = sent.checked();
		List<HandbookPractice> practices = request.errors().containsKey("practice") ? List.of()
				: this.queries.practices(request.chosen());
		if (practices.isEmpty() && !request.errors().containsKey("practice")) {
			// chosen practices that are no longer published
			request = request.withError("practice", "handbook.practices.none");
		}
		if (!request.errors().isEmpty()) {
			throw new PageRejected(form(request, locale));
		}
		Map<String, String> fieldNames = this.vocabulary.all(locale)
			.stream()
			.collect(Collectors.toMap(FieldName::code, FieldName::name, (a, b) -> a));
		String date = today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		return new HandbookDocument(request.title(), this.properties.name(), date, practices, fieldNames);
	}

	private ModelAndView form(HandbookRequest request, Locale locale) {
		List<HandbookChoice> choices = this.queries.choices(request.field(), request.country(),
				HandbookRequest.MOST + 1);
		boolean more = choices.size() > HandbookRequest.MOST;
		HandbookFormPage page = new HandbookFormPage(request, this.vocabulary.all(locale), Countries.all(locale),
				more ? choices.subList(0, HandbookRequest.MOST) : choices, more);
		return new ModelAndView(FORM, Map.of("page", page));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.timeZone()));
	}

	private void guard(@Nullable KringPrincipal me) {
		if (!this.access.mayCoordinate(me)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
