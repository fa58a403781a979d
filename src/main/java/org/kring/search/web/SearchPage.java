package org.kring.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kring.search.SearchHit;
import org.kring.search.SearchRequest;
import org.kring.search.SearchResults;
import org.kring.system.web.QueryParameters;

/**
 * The search page: the words, a notice when they were cut, the results with their links
 * and snippets, the facets as links with counts, and links to other pages.
 *
 * @param results what was found
 * @param rows what was found, linked
 * @param facets each facet's values, named in the reader's language
 */
public record SearchPage(SearchResults results, List<Result> rows, List<Facet> facets) {

	public static final String PATH = "/search";

	public SearchRequest request() {
		return this.results.request();
	}

	public boolean searched() {
		return !request().text().isBlank();
	}

	/**
	 * The address of another page of the same search.
	 * @param page the page, from 1
	 * @return the path with its query
	 */
	public String pageLink(int page) {
		return link(request(), Map.of("page", String.valueOf(page)));
	}

	static String link(SearchRequest request, Map<String, @Nullable String> changes) {
		Map<String, @Nullable String> params = new LinkedHashMap<>();
		params.put("q", request.text());
		params.put("type", request.type());
		params.put("country", request.country());
		params.put("field", request.field());
		params.put("language", request.language());
		params.putAll(changes);
		Map<String, String> present = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				present.put(name, value);
			}
		});
		return QueryParameters.link(PATH, present);
	}

	/**
	 * One thing found.
	 *
	 * @param hit what the index keeps of it
	 * @param path its address
	 * @param typeKey the message key of its kind
	 */
	public record Result(SearchHit hit, String path, String typeKey) {
	}

	/**
	 * A facet and its values among the things found.
	 *
	 * @param name its parameter, such as {@code country}
	 * @param labelKey the message key of its heading
	 * @param values its values, the most frequent first
	 */
	public record Facet(String name, String labelKey, List<FacetValue> values) {

		static Facet of(String name, SearchRequest request, Map<String, Long> counts, @Nullable String chosen,
				Function<String, String> label) {
			List<FacetValue> values = counts.entrySet().stream().map((entry) -> {
				boolean selected = entry.getKey().equals(chosen);
				String link = link(request, Map.of(name, selected ? "" : entry.getKey(), "page", ""));
				return new FacetValue(label.apply(entry.getKey()), entry.getValue(), link, selected);
			}).toList();
			return new Facet(name, "search.facet." + name, values);
		}

	}

	/**
	 * A facet's value: its name, how many things found have it, and the link that narrows
	 * the search to it (or widens it again when chosen).
	 *
	 * @param label the value, named
	 * @param count how many have it
	 * @param link the address
	 * @param selected whether the search is narrowed to it
	 */
	public record FacetValue(String label, long count, String link, boolean selected) {
	}

}
