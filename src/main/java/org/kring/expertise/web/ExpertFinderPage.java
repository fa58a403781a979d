package org.kring.expertise.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.expertise.internal.IsoCodes;

/**
 * The expert finder: the filters as chosen, one page of results and the way to others.
 *
 * @param experts the experts on this page, best first
 * @param total how many were found
 * @param page this page's number, from 1
 * @param pages how many pages there are
 * @param criteria how many criteria were asked for
 * @param query the known filters as the query of an address, for links that keep them
 * @param chosen per filter parameter, the known values chosen
 * @param rejected per filter parameter, the unknown values it named
 * @param options per filter parameter, the values to choose from with their names
 * @param nominateFor the communities the reader may nominate experts for, by name
 * @param signedIn whether the reader is signed in, to link to their own profile
 */
public record ExpertFinderPage(List<ExpertCard> experts, long total, int page, int pages, int criteria, String query,
		Map<String, List<String>> chosen, Map<String, List<String>> rejected, Map<String, List<IsoCodes.Named>> options,
		List<CommunitySummary> nominateFor, boolean signedIn) {

	/**
	 * The address of another page of the same results.
	 * @param number the page number
	 * @return such as {@code /experts?field=education&page=2}
	 */
	public String pageLink(int number) {
		return "/experts?" + (this.query.isEmpty() ? "" : this.query + "&") + "page=" + number;
	}

	/**
	 * This page's address, for returning to it after a nomination.
	 * @return a local path with the filters and the page
	 */
	public String back() {
		return (this.page > 1) ? pageLink(this.page) : "/experts" + (this.query.isEmpty() ? "" : "?" + this.query);
	}

	public List<String> chosen(String parameter) {
		return this.chosen.getOrDefault(parameter, List.of());
	}

	public List<IsoCodes.Named> options(String parameter) {
		return this.options.getOrDefault(parameter, List.of());
	}

	/**
	 * The unknown values a filter named, for the message next to it.
	 * @param parameter the filter parameter
	 * @return the values joined by commas, or null when all were known
	 */
	public @Nullable String rejected(String parameter) {
		List<String> values = this.rejected.get(parameter);
		return (values == null) ? null : String.join(", ", values);
	}

	public boolean mayNominate() {
		return !this.nominateFor.isEmpty();
	}

}
