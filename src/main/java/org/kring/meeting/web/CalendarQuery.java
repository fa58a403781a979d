package org.kring.meeting.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.system.web.QueryParameters;

/**
 * What someone asked the calendar page for: the view, the month, the filters and the
 * page, as given in the address. Every link of the page keeps the filters.
 *
 * @param month the month of the month view, as typed ({@code 2026-12}), or null
 * @param monthView whether the month view was asked for
 * @param community the slug of the community to show, or null for all
 * @param theme text the theme contains, or null
 * @param region a place as {@code BE} or {@code BE:Gent}, or null
 * @param page the page of the list view, from 1
 */
public record CalendarQuery(@Nullable String month, boolean monthView, @Nullable String community,
		@Nullable String theme, @Nullable String region, int page) {

	static CalendarQuery of(@Nullable String view, @Nullable String month, @Nullable String community,
			@Nullable String theme, @Nullable String region, @Nullable String page) {
		return new CalendarQuery(QueryParameters.blankToNull(month), "month".equals(view),
				QueryParameters.blankToNull(community), QueryParameters.blankToNull(theme),
				QueryParameters.blankToNull(region), QueryParameters.page(page));
	}

	/**
	 * Whether any filter is set.
	 * @return true when the community, theme or region is chosen
	 */
	public boolean filtered() {
		return this.community != null || this.theme != null || this.region != null;
	}

	/**
	 * The same view without filters.
	 * @return the query
	 */
	public CalendarQuery withoutFilters() {
		return new CalendarQuery(this.month, this.monthView, null, null, null, 1);
	}

	/**
	 * The list view with the same filters.
	 * @param page the page, from 1
	 * @return the address
	 */
	public String listLink(int page) {
		Map<String, String> params = filters();
		if (page > 1) {
			params.put("page", Integer.toString(page));
		}
		return link(params);
	}

	/**
	 * The month view of a month with the same filters.
	 * @param shown the month
	 * @return the address
	 */
	public String monthLink(YearMonth shown) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("view", "month");
		params.put("month", shown.toString());
		params.putAll(filters());
		return link(params);
	}

	private Map<String, String> filters() {
		Map<String, String> params = new LinkedHashMap<>();
		if (this.community != null) {
			params.put("community", this.community);
		}
		if (this.theme != null) {
			params.put("theme", this.theme);
		}
		if (this.region != null) {
			params.put("region", this.region);
		}
		return params;
	}

	private static String link(Map<String, String> params) {
		return QueryParameters.link("/calendar", params);
	}

}
