package org.kring.result.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.system.web.QueryParameters;

/**
 * What someone asked the results tracker for, as given in the address: the filters as
 * typed and the page. Every link of the tracker keeps the filters.
 *
 * @param community the slug of a community, or null for all
 * @param authority {@code org:<id>} or {@code office:<name>}, or null for all
 * @param theme a theme, or null for all
 * @param state a state's name such as {@code ANSWERED}, or null for all
 * @param year a year such as {@code 2026}, or null for all
 * @param page the page, from 1
 */
public record TrackerQuery(@Nullable String community, @Nullable String authority, @Nullable String theme,
		@Nullable String state, @Nullable String year, int page) {

	static final String PATH = "/results";

	static TrackerQuery of(@Nullable String community, @Nullable String authority, @Nullable String theme,
			@Nullable String state, @Nullable String year, @Nullable String page) {
		return new TrackerQuery(QueryParameters.blankToNull(community), QueryParameters.blankToNull(authority),
				QueryParameters.blankToNull(theme), QueryParameters.blankToNull(state),
				QueryParameters.blankToNull(year), QueryParameters.page(page));
	}

	/**
	 * The tracker showing one community's signals.
	 * @param slug the community's slug
	 * @return the address
	 */
	public static String forCommunity(String slug) {
		return new TrackerQuery(slug, null, null, null, null, 1).link(1);
	}

	/**
	 * Whether any filter is set.
	 * @return true when one is
	 */
	public boolean filtered() {
		return this.community != null || this.authority != null || this.theme != null || this.state != null
				|| this.year != null;
	}

	/**
	 * A page of the tracker with the same filters.
	 * @param page the page, from 1
	 * @return the address
	 */
	public String link(int page) {
		Map<String, String> params = filters(this.state);
		if (page > 1) {
			params.put("page", Integer.toString(page));
		}
		return link(params);
	}

	/**
	 * The tracker with the same filters but another state, on its first page.
	 * @param state the state's name, or null for every state
	 * @return the address
	 */
	public String withState(@Nullable String state) {
		return link(filters(state));
	}

	private Map<String, String> filters(@Nullable String state) {
		Map<String, String> params = new LinkedHashMap<>();
		put(params, "community", this.community);
		put(params, "authority", this.authority);
		put(params, "theme", this.theme);
		put(params, "state", state);
		put(params, "year", this.year);
		return params;
	}

	private static void put(Map<String, String> params, String name, @Nullable String value) {
		if (value != null) {
			params.put(name, value);
		}
	}

	private static String link(Map<String, String> params) {
		return QueryParameters.link(PATH, params);
	}

}
