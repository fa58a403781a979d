package org.kring.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldName;
import org.kring.organisation.FieldVocabulary;
import org.kring.search.SearchRequest;
import org.kring.search.SearchResults;
import org.kring.search.internal.SearchQueries;
import org.kring.system.KringPrincipal;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The search over everything at {@code /search}, for everyone: each finds only what they
 * may see. Whatever is typed is searched as plain words; words beyond
 * {@link SearchRequest#MAX_LENGTH} characters are left out with a notice.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final SearchQueries queries;

	private final FieldVocabulary fields;

	private final MessageSource messages;

	SearchController(SearchQueries queries, FieldVocabulary fields, MessageSource messages) {
		this.queries = queries;
		this.fields = fields;
		this.messages = messages;
	}

	@GetMapping(SearchPage.PATH)
	ModelAndView search(@AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String page, Locale locale) {
		SearchRequest request = SearchForm.read(q, type, country, field, language, page);
		SearchResults results = this.queries.search(me, request);
		Map<UUID, String> slugs = results.communitySlugs();
		var rows = results.hits()
			.stream()
			.map((hit) -> new SearchPage.Result(hit, SearchLinks.path(hit, slugs), "search.type." + hit.type()))
			.toList();
		return new ModelAndView(VIEW, Map.of("page", new SearchPage(results, rows, facets(results, locale))));
	}

	private List<SearchPage.Facet> facets(SearchResults results, Locale locale) {
		if (results.facets().isEmpty()) {
			return List.of();
		}
		SearchRequest request = results.request();
		Map<String, String> fieldNames = this.fields.all(locale)
			.stream()
			.collect(Collectors.toMap(FieldName::code, FieldName::name, (a, b) -> a));
		Map<String, Function<String, String>> labels = Map.of("type",
				(value) -> this.messages.getMessage("search.type." + value, null, value, locale), "country",
				(value) -> Countries.name(value, locale), "field", (value) -> fieldNames.getOrDefault(value, value),
				"language", (value) -> LanguageCodes.name(value, locale));
		Map<String, @Nullable String> chosen = new java.util.HashMap<>();
		chosen.put("type", request.type());
		chosen.put("country", request.country());
		chosen.put("field", request.field());
		chosen.put("language", request.language());
		return SearchResults.FACETS.stream()
			.filter((facet) -> !results.facets().getOrDefault(facet, Map.of()).isEmpty())
			.map((facet) -> SearchPage.Facet.of(facet, request, results.facets().get(facet), chosen.get(facet),
					labels.get(facet)))
			.toList();
	}

}
