package org.kring.meeting.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.AgendaQueries;
import org.kring.meeting.internal.AgendaRow;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.Theme;
import org.kring.meeting.internal.ThemeAccessDenied;
import org.kring.meeting.internal.ThemeAgenda;
import org.kring.meeting.internal.ThemeProposal;
import org.kring.meeting.internal.ThemeRefused;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's theme agenda, for whoever may read the community (anyone else gets the
 * same 404 as for a community that does not exist). Members propose and support themes;
 * facilitators and administrators schedule, merge and decline them. An action the rules
 * refuse shows the agenda again with 422, the message next to the field and what was
 * typed; an action someone may not take is refused with 403.
 */
@Controller
class AgendaController {

	static final String VIEW = "meeting/agenda";

	private final ThemeAgenda agenda;

	private final AgendaQueries queries;

	private final MeetingAccess access;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	private final Clock clock;

	AgendaController(ThemeAgenda agenda, AgendaQueries queries, MeetingAccess access, CommunityManagement communities,
			AccountManagement accounts, Clock clock) {
		this.agenda = agenda;
		this.queries = queries;
		this.access = access;
		this.communities = communities;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/communities/{slug}/agenda")
	ModelAndView show(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me) {
		return view(readable(slug, me), me, AgendaPage.ProposalForm.EMPTY, FormErrors.none(),
				AgendaPage.ThemeAction.NONE);
	}

	@PostMapping("/communities/{slug}/agenda")
	ModelAndView propose(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String link, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommunitySummary community = readable(slug, me);
		try {
			ThemeProposal proposal = ThemeProposal.of(title, reason, link);
			this.agenda.propose(me, community.id(), proposal);
			return done(community, "agenda.proposed", redirect);
		}
		catch (ThemeRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return view(community, me, new AgendaPage.ProposalForm(title, reason, link), errors(refused),
					AgendaPage.ThemeAction.NONE);
		}
		catch (ThemeAccessDenied denied) {
			throw status(denied);
		}
	}

	@PostMapping("/communities/{slug}/agenda/{theme}/support")
	ModelAndView support(@PathVariable String slug, @PathVariable String theme,
			@AuthenticationPrincipal KringPrincipal me, HttpServletResponse response, RedirectAttributes redirect) {
		return act(slug, theme, me, Map.of(), "agenda.supported", response, redirect,
				(community, id) -> this.agenda.support(me, community, id));
	}

	@PostMapping("/communities/{slug}/agenda/{theme}/withdraw")
	ModelAndView withdraw(@PathVariable String slug, @PathVariable String theme,
			@AuthenticationPrincipal KringPrincipal me, HttpServletResponse response, RedirectAttributes redirect) {
		return act(slug, theme, me, Map.of(), "agenda.withdrawn", response, redirect,
				(community, id) -> this.agenda.withdraw(me, community, id));
	}

	@PostMapping("/communities/{slug}/agenda/{theme}/schedule")
	ModelAndView schedule(@PathVariable String slug, @PathVariable String theme,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(required = false) @Nullable String meeting,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(slug, theme, me, typed("meeting", meeting), "agenda.scheduled", response, redirect,
				(community, id) -> this.agenda.schedule(me, community, id, parse(meeting).orElse(null)));
	}

	@PostMapping("/communities/{slug}/agenda/{theme}/unschedule")
	ModelAndView unschedule(@PathVariable String slug, @PathVariable String theme,
			@AuthenticationPrincipal KringPrincipal me, HttpServletResponse response, RedirectAttributes redirect) {
		return act(slug, theme, me, Map.of(), "agenda.unscheduled", response, redirect,
				(community, id) -> this.agenda.unschedule(me, community, id));
	}

	@PostMapping("/communities/{slug}/agenda/{theme}/merge")
	ModelAndView merge(@PathVariable String slug, @PathVariable String theme,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(required = false) @Nullable String into,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(slug, theme, me, typed("into", into), "agenda.merged", response, redirect,
				(community, id) -> this.agenda.merge(me, community, id, parse(into).orElse(null)));
	}

	@PostMapping("/communities/{slug}/agenda/{theme}/decline")
	ModelAndView decline(@PathVariable String slug, @PathVariable String theme,
			@AuthenticationPrincipal KringPrincipal me, @RequestParam(required = false) @Nullable String declineReason,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(slug, theme, me, typed("declineReason", declineReason), "agenda.declined", response, redirect,
				(community, id) -> this.agenda.decline(me, community, id, declineReason));
	}

	private ModelAndView act(String slug, String theme, KringPrincipal me, Map<String, String> values, String notice,
			HttpServletResponse response, RedirectAttributes redirect, Action action) {
		CommunitySummary community = readable(slug, me);
		UUID themeId = parse(theme).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			action.on(community.id(), themeId);
			return done(community, notice, redirect);
		}
		catch (ThemeRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return view(community, me, AgendaPage.ProposalForm.EMPTY, FormErrors.none(),
					new AgendaPage.ThemeAction(themeId, values, errors(refused)));
		}
		catch (ThemeAccessDenied denied) {
			throw status(denied);
		}
	}

	private ModelAndView done(CommunitySummary community, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:/communities/" + community.slug() + "/agenda");
	}

	private ModelAndView view(CommunitySummary community, @Nullable KringPrincipal me, AgendaPage.ProposalForm proposal,
			FormErrors errors, AgendaPage.ThemeAction action) {
		var themes = this.queries.themes(community.id());
		boolean member = this.access.isMember(me, community.id());
		boolean planner = this.access.mayPlan(me, community.id());
		Set<UUID> supported = (me != null && member) ? this.queries.supportedBy(community.id(), me.id()) : Set.of();
		Set<UUID> proposers = themes.stream().map(AgendaRow::proposedBy).collect(Collectors.toSet());
		Map<UUID, String> names = proposers.isEmpty() ? Map.of() : this.accounts.displayNamesOf(proposers);
		var meetings = planner ? this.queries.schedulableMeetings(community.id(), this.clock.instant())
				: List.<AgendaQueries.MeetingChoice>of();
		AgendaPage page = new AgendaPage(community, themes, supported, names, member, planner, meetings, proposal,
				errors, action);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	private CommunitySummary readable(String slug, @Nullable KringPrincipal me) {
		return this.communities.findBySlug(slug)
			.filter((community) -> this.communities.canRead(me, community.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseStatusException status(ThemeAccessDenied denied) {
		return new ResponseStatusException(denied.hidden() ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
	}

	private static FormErrors errors(ThemeRefused refused) {
		MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");
		refused.problems()
			.forEach((field, key) -> result
				.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

	private static Map<String, String> typed(String field, @Nullable String value) {
		Map<String, String> values = new LinkedHashMap<>();
		if (value != null) {
			values.put(field, value);
		}
		return values;
	}

	private static Optional<UUID> parse(@Nullable String id) {
		try {
			return (id == null || id.isBlank()) ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@FunctionalInterface
	private interface Action {

		Theme on(UUID communityId, UUID themeId);

	}

}
