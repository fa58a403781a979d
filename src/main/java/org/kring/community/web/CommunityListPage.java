package org.kring.community.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.internal.CommunityFilter;
import org.kring.community.internal.CommunityRow;
import org.kring.community.internal.FilterOptions;
import org.kring.community.internal.ResultPage;

/**
 * The list of communities: the filter as asked, one page of results, and what the filters
 * offer.
 *
 * @param filter the filter as asked
 * @param results the communities on this page
 * @param options the themes, countries and languages to choose from
 * @param canStart whether the reader may start (or propose) a community
 */
public record CommunityListPage(CommunityFilter filter, ResultPage<CommunityRow> results, FilterOptions options,
		boolean canStart) {

	public List<CommunityKind> kinds() {
		return List.of(CommunityKind.values());
	}

	public boolean isKind(CommunityKind kind) {
		return kind == this.filter.kind();
	}

	/**
	 * The address of another page of the same list.
	 * @param page the page number, from 1
	 * @return {@code /communities?...&page=n}
	 */
	public String pageLink(int page) {
		List<String> query = new ArrayList<>();
		CommunityKind kind = this.filter.kind();
		add(query, "kind", (kind != null) ? kind.name() : null);
		add(query, "country", this.filter.country());
		add(query, "theme", this.filter.theme());
		add(query, "language", this.filter.language());
		add(query, "q", this.filter.text());
		query.add("page=" + page);
		return "/communities?" + String.join("&", query);
	}

	private static void add(List<String> query, String name, @Nullable String value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
