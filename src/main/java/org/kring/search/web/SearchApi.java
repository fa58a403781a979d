package org.kring.search.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.search.SearchRequest;
import org.kring.search.SearchResults;
import org.kring.search.internal.SearchQueries;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search over everything as JSON at {@code /api/v1/search?q=}: what the caller may
 * see (public things for a visitor), 20 a page, the best first, filtered like the page by
 * {@code type}, {@code country}, {@code field} and {@code language}. Missing or overlong
 * words are a problem (RFC 9457), never a search.
 */
@ApiController
class SearchApi {

	static final String PATH = "/api/v1/search";

	private final SearchQueries queries;

	private final String baseUrl;

	SearchApi(SearchQueries queries, KringProperties properties) {
		this.queries = queries;
		this.baseUrl = properties.linkBase();
	}

	@GetMapping(PATH)
	ApiPage<SearchHitJson> search(@AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String page) {
		if (q == null || q.isBlank()) {
			throw ApiProblem.badParameter("q", "The parameter 'q' must hold the words to search for");
		}
		if (q.strip().length() > SearchRequest.MAX_LENGTH) {
			throw ApiProblem.badParameter("q",
					"The parameter 'q' must be at most " + SearchRequest.MAX_LENGTH + " characters long");
		}
		ApiPaging paging = ApiPaging.of(page, null);
		if (paging.page() > SearchRequest.MAX_PAGE) {
			throw ApiProblem.badParameter("page",
					"The parameter 'page' must be a whole number from 1 to " + SearchRequest.MAX_PAGE);
		}
		SearchResults results = this.queries.search(me, SearchForm.read(q, type, country, field, language, page));
		Map<UUID, String> slugs = results.communitySlugs();
		List<SearchHitJson> items = results.hits()
			.stream()
			.map((hit) -> SearchHitJson.of(hit, this.baseUrl, SearchLinks.path(hit, slugs)))
			.toList();
		return paging.page(items, results.total());
	}

}
