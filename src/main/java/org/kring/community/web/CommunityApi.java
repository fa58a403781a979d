package org.kring.community.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.internal.CommunityFilter;
import org.kring.community.internal.CommunityQueries;
import org.kring.community.internal.CommunityReader;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;
import org.kring.community.internal.ResultPage;
import org.kring.community.internal.CommunityRow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public communities as JSON at {@code /api/v1/communities}: only communities that are
 * public and in use, whoever asks, and no people. Paging and errors as every API of
 * Kring's ({@link ApiPaging}, problem details).
 */
@ApiController
class CommunityApi {

	static final String PATH = "/api/v1/communities";

	private final CommunityQueries queries;

	private final CommunityReader reader;

	CommunityApi(CommunityQueries queries, CommunityReader reader) {
		this.queries = queries;
		this.reader = reader;
	}

	@GetMapping(PATH)
	ApiPage<CommunityListItemJson> list(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(name = "q", required = false) @Nullable String text, Locale locale) {
		ApiPaging paging = ApiPaging.of(page, size);
		CommunityKind chosen = CommunityListController.kind(kind);
		if (kind != null && !kind.isBlank() && chosen == null) {
			throw ApiProblem.badParameter("kind", "Not a kind of community: " + kind);
		}
		CommunityFilter filter = new CommunityFilter(chosen, country, theme, language, text);
		ResultPage<CommunityRow> found = this.queries.list(filter, null, locale, paging.page(), paging.size(), true);
		return paging.page(found.items().stream().map(CommunityListItemJson::of).toList(), found.total());
	}

	@GetMapping(PATH + "/{slug}")
	CommunityJson show(@PathVariable String slug) {
		return this.reader.publicCommunity(slug)
			.map(CommunityJson::of)
			.orElseThrow(() -> ApiProblem.notFound("There is no public community at '" + slug + "'"));
	}

}
