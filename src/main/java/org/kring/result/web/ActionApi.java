package org.kring.result.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionDraft;
import org.kring.result.internal.ActionQueries;
import org.kring.result.internal.ActionUpdate;
import org.kring.system.KringProperties;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A public community's action agenda of a year as JSON at
 * {@code /api/v1/communities/{slug}/actions}, with each action's progress updates; the
 * current year when none is asked. A community visitors may not read is answered as one
 * that does not exist. Owners are counted, never named. Paging and errors as every API of
 * Kring's.
 */
@ApiController
class ActionApi {

	private final CommunityManagement communities;

	private final ActionQueries queries;

	private final ActionResponses responses;

	private final ZoneId zone;

	private final Clock clock;

	ActionApi(CommunityManagement communities, ActionQueries queries, ActionResponses responses,
			KringProperties properties, Clock clock) {
		this.communities = communities;
		this.queries = queries;
		this.responses = responses;
		this.zone = properties.timeZone();
		this.clock = clock;
	}

	@GetMapping("/api/v1/communities/{slug}/actions")
	@Transactional(readOnly = true)
	ApiPage<ActionJson> list(@PathVariable String slug, @RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		ApiPaging paging = ApiPaging.of(page, size);
		int agendaYear = year(year);
		CommunitySummary community = this.communities.findBySlug(slug)
			.filter((found) -> this.communities.canRead(null, found.id()))
			.orElseThrow(() -> ApiProblem.notFound("There is no public community at '" + slug + "'"));
		List<Action> actions = this.queries.agenda(community.id(), agendaYear, (paging.page() - 1) * paging.size(),
				paging.size());
		Set<UUID> ids = actions.stream().map(Action::id).collect(Collectors.toSet());
		var updates = this.queries.updates(ids);
		ActionView view = this.responses.view(Set.of(), actions, LocalDate.now(this.clock));
		List<ActionJson> items = actions.stream()
			.map((action) -> ActionJson.of(action, view, this.zone,
					updates.getOrDefault(action.id(), List.<ActionUpdate>of())))
			.toList();
		return paging.page(items, this.queries.count(community.id(), agendaYear));
	}

	private int year(@Nullable String year) {
		if (year == null || year.isBlank()) {
			return LocalDate.now(this.clock).getYear();
		}
		Integer number = ActionDraft.year(year);
		if (number != null) {
			return number;
		}
		throw ApiProblem.badParameter("year",
				"The parameter 'year' must be a year from " + ActionDraft.FIRST_YEAR + " to " + ActionDraft.LAST_YEAR);
	}

}
