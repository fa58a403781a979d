package org.kring.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of things found, how many there are in all, and for each facet how many of them
 * have each value.
 *
 * @param request what was searched
 * @param hits this page's things, best first
 * @param total how many were found in all
 * @param facets per facet ({@code type}, {@code country}, {@code field},
 * {@code language}) the count of things found per value, largest first
 * @param communitySlugs the slugs of the communities the searcher reads, by id, for the
 * links of what hangs under them
 */
public record SearchResults(SearchRequest request, List<SearchHit> hits, long total,
		Map<String, Map<String, Long>> facets, Map<UUID, String> communitySlugs) {

	/** The facets, in the order pages show them. */
	public static final List<String> FACETS = List.of("type", "country", "field", "language");

	/**
	 * Nothing searched or nothing found.
	 * @param request what was searched
	 * @return no results
	 */
	public static SearchResults none(SearchRequest request) {
		return new SearchResults(request, List.of(), 0, Map.of(), Map.of());
	}

	/**
	 * The number of pages of results.
	 * @return at least 1
	 */
	public int pages() {
		return (int) Math.max(1, (this.total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
	}

}
