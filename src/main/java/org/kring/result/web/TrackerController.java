package org.kring.result.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.SignalState;
import org.kring.result.internal.TrackerCounts;
import org.kring.result.internal.TrackerFilter;
import org.kring.result.internal.TrackerOptions;
import org.kring.result.internal.TrackerQueries;
import org.kring.result.internal.TrackerRow;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /results}: the public results tracker, the sent signals and recommendations of
 * every community the reader may read (a visitor: the public ones), filtered by
 * community, authority, theme, state and year. Drafts are never shown. A filter that
 * cannot be read is left out and answered with 422 and its message next to it.
 */
@Controller
class TrackerController {

	static final String VIEW = "result/tracker";

	static final int PAGE_SIZE = 20;

	static final String ORGANISATION = "org:";

	static final String OFFICE = "office:";

	private final TrackerQueries queries;

	private final TrackerEntries entries;

	private final CommunityManagement communities;

	private final KringProperties properties;

	TrackerController(TrackerQueries queries, TrackerEntries entries, CommunityManagement communities,
			KringProperties properties) {
		this.queries = queries;
		this.entries = entries;
		this.communities = communities;
		this.properties = properties;
	}

	@GetMapping(TrackerQuery.PATH)
	ModelAndView tracker(@RequestParam(required = false) @Nullable String community,
			@RequestParam(required = false) @Nullable String authority,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String page, @AuthenticationPrincipal @Nullable KringPrincipal me,
			HttpServletResponse response) {
		TrackerQuery query = TrackerQuery.of(community, authority, theme, state, year, page);
		Map<UUID, CommunitySummary> readable = this.communities.readableBy(me)
			.stream()
			.collect(Collectors.toMap(CommunitySummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		TrackerOptions options = this.queries.options(TrackerFilter.of(readable.keySet()));
		Map<UUID, OrganisationSummary> organisations = this.entries.organisations(options.organisations());
		Map<String, String> errors = new LinkedHashMap<>();
		TrackerFilter filter = filter(query, readable, errors);
		TrackerCounts counts = this.queries.counts(filter.anyState());
		long total = counts.total(filter.state());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(query.page(), pages);
		List<TrackerRow> rows = (total > 0) ? this.queries.rows(filter, (shown - 1) * PAGE_SIZE, PAGE_SIZE) : List.of();
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		List<CommunitySummary> withSignals = readable.values()
			.stream()
			.filter((summary) -> options.communities().contains(summary.id()))
			.toList();
		TrackerPage model = new TrackerPage(query, errors, withSignals, authorities(options, organisations),
				options.themes(), options.years(), counts, this.entries.of(rows, readable, organisations), shown, pages,
				total, this.properties.timeZone());
		return new ModelAndView(VIEW, Map.of("page", model));
	}

	private static TrackerFilter filter(TrackerQuery query, Map<UUID, CommunitySummary> readable,
			Map<String, String> errors) {
		Set<UUID> scope = readable.keySet();
		if (query.community() != null) {
			Set<UUID> chosen = readable.values()
				.stream()
				.filter((summary) -> summary.slug().equals(query.community()))
				.map(CommunitySummary::id)
				.collect(Collectors.toSet());
			if (chosen.isEmpty()) {
				errors.put("community", "tracker.filter.community.unknown");
			}
			else {
				scope = chosen;
			}
		}
		UUID organisation = null;
		String office = null;
		String authority = query.authority();
		if (authority != null) {
			if (authority.startsWith(ORGANISATION)) {
				try {
					organisation = UUID.fromString(authority.substring(ORGANISATION.length()));
				}
				catch (IllegalArgumentException ex) {
					errors.put("authority", "tracker.filter.authority.unknown");
				}
			}
			else if (authority.startsWith(OFFICE) && authority.length() > OFFICE.length()) {
				office = authority.substring(OFFICE.length());
			}
			else {
				errors.put("authority", "tracker.filter.authority.unknown");
			}
		}
		SignalState state = null;
		try {
			state = TrackerValues.state(query.state());
		}
		catch (IllegalArgumentException ex) {
			errors.put("state", "tracker.filter.state.unknown");
		}
		Integer year = null;
		try {
			year = TrackerValues.year(query.year());
		}
		catch (IllegalArgumentException ex) {
			errors.put("year", "tracker.filter.year.unknown");
		}
		return new TrackerFilter(scope, organisation, office, query.theme(), state, year);
	}

	private static List<TrackerPage.Choice> authorities(TrackerOptions options,
			Map<UUID, OrganisationSummary> organisations) {
		List<TrackerPage.Choice> choices = new ArrayList<>();
		organisations.values()
			.stream()
			.sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((organisation) -> choices
				.add(new TrackerPage.Choice(ORGANISATION + organisation.id(), organisation.name())));
		options.offices().forEach((office) -> choices.add(new TrackerPage.Choice(OFFICE + office, office)));
		return choices;
	}

}
