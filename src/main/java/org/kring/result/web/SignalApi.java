package org.kring.result.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.community.Visibility;
import org.kring.result.internal.SignalState;
import org.kring.result.internal.TrackerFilter;
import org.kring.result.internal.TrackerQueries;
import org.kring.result.internal.TrackerRow;
import org.kring.system.KringProperties;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signals and recommendations as JSON at {@code /api/v1/signals}: the sent ones of public
 * communities, whoever asks, the most recently sent first, never the contact at the
 * authority. Filters by community (its slug), state and the year it was sent; paging and
 * errors as every API of Kring's.
 */
@ApiController
class SignalApi {

	static final String PATH = "/api/v1/signals";

	private final TrackerQueries queries;

	private final TrackerEntries entries;

	private final CommunityManagement communities;

	private final KringProperties properties;

	private final String baseUrl;

	SignalApi(TrackerQueries queries, TrackerEntries entries, CommunityManagement communities,
			KringProperties properties) {
		this.queries = queries;
		this.entries = entries;
		this.communities = communities;
		this.properties = properties;
		this.baseUrl = properties.linkBase();
	}

	@GetMapping(PATH)
	@Transactional(readOnly = true)
	ApiPage<SignalJson> list(@RequestParam(required = false) @Nullable String community,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		ApiPaging paging = ApiPaging.of(page, size);
		SignalState chosenState;
		try {
			chosenState = TrackerValues.state(state);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badParameter("state",
					"The parameter 'state' must be one of sent, acknowledged, answered or followed_up");
		}
		Integer chosenYear;
		try {
			chosenYear = TrackerValues.year(year);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badParameter("year", "The parameter 'year' must be a whole number from "
					+ TrackerValues.FIRST_YEAR + " to " + TrackerValues.LAST_YEAR);
		}
		Map<UUID, CommunitySummary> open = this.communities.readableBy(null)
			.stream()
			.filter((summary) -> summary.visibility() == Visibility.PUBLIC)
			.collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
		Set<UUID> scope = open.keySet();
		if (community != null && !community.isBlank()) {
			scope = open.values()
				.stream()
				.filter((summary) -> summary.slug().equals(community.strip()))
				.map(CommunitySummary::id)
				.collect(Collectors.toSet());
			if (scope.isEmpty()) {
				throw ApiProblem.notFound("There is no public community at '" + community + "'");
			}
		}
		TrackerFilter filter = new TrackerFilter(scope, null, null, null, chosenState, chosenYear);
		long total = this.queries.counts(filter).total(null);
		long offset = (long) (paging.page() - 1) * paging.size();
		List<TrackerRow> rows = (offset < total) ? this.queries.rows(filter, (int) offset, paging.size()) : List.of();
		List<SignalJson> items = this.entries.of(rows, open, this.entries.organisationsOf(rows))
			.stream()
			.map((entry) -> SignalJson.of(entry, this.properties.timeZone(), this.baseUrl))
			.toList();
		return paging.page(items, total);
	}

}
