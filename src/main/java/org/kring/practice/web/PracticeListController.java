package org.kring.practice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.practice.internal.PracticeAccess;
import org.kring.practice.internal.PracticeListing;
import org.kring.practice.internal.PracticeQueries;
import org.kring.system.KringPrincipal;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.FormErrors;
import org.kring.system.web.QueryParameters;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The published practices for everyone, {@value #PAGE_SIZE} a page, filtered by field,
 * country, target group, language, start year and text; a filter that names nothing
 * answers 422 with the message next to it. Someone signed in also sees their own
 * practices on their way to publication.
 */
@Controller
class PracticeListController {

	static final String VIEW = "practice/list";

	static final int PAGE_SIZE = 20;

	private final PracticeQueries queries;

	private final FieldVocabulary fields;

	private final PracticeAccess access;

	PracticeListController(PracticeQueries queries, FieldVocabulary fields, PracticeAccess access) {
		this.queries = queries;
		this.fields = fields;
		this.access = access;
	}

	@GetMapping("/practices")
	ModelAndView list(@RequestParam Map<String, String> params, @AuthenticationPrincipal @Nullable KringPrincipal me,
			Locale locale, HttpServletResponse response) {
		PracticeSearch search = PracticeSearch.of(params, this.fields::exists);
		PracticeListing listing;
		if (search.problems().isEmpty()) {
			listing = this.queries.published(search.filter(), QueryParameters.page(params.get("page")), PAGE_SIZE);
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			listing = new PracticeListing(List.of(), 1, PAGE_SIZE, 0);
		}
		PracticeListPage page = new PracticeListPage(listing, search, FormErrors.of(search.problems()),
				(me != null) ? this.queries.unpublishedOf(me.id()) : List.of(), me != null,
				this.access.mayCoordinate(me), this.fields.all(locale), Countries.all(locale),
				LanguageCodes.common(locale));
		return new ModelAndView(VIEW, Map.of("page", page));
	}

}
