package org.kring.search.web;

import org.jspecify.annotations.Nullable;
import org.kring.search.SearchRequest;
import org.kring.system.web.QueryParameters;

/**
 * The search's query parameters as they came, read leniently: an unknown page is the
 * first, a blank facet none.
 */
final class SearchForm {

	private SearchForm() {
	}

	static SearchRequest read(@Nullable String q, @Nullable String type, @Nullable String country,
			@Nullable String field, @Nullable String language, @Nullable String page) {
		return new SearchRequest((q != null) ? q : "", QueryParameters.blankToNull(type),
				QueryParameters.blankToNull(country), QueryParameters.blankToNull(field),
				QueryParameters.blankToNull(language), QueryParameters.page(page));
	}

}
