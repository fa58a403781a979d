package org.kring.result.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionAccessDenied;
import org.kring.result.internal.ActionAgenda;
import org.kring.result.internal.ActionQueries;
import org.kring.result.internal.ActionRefused;
import org.kring.result.internal.ActionUpdate;
import org.kring.result.internal.ProgressReport;
import org.kring.result.internal.ResultAccess;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action with its progress updates, for whoever reads its community (anyone else gets
 * a 404). Its owners and the community's facilitators report progress, start it, mark it
 * done or drop it with a reason; anyone else who reads it is refused with 403. Bad input
 * shows the page again with 422, the message next to the field and what was typed.
 */
@Controller
class ActionController {

	static final String VIEW = "result/action";

	private final ActionAgenda agenda;

	private final ActionQueries queries;

	private final ResultAccess access;

	private final CommunityManagement communities;

	private final ActionResponses responses;

	private final Clock clock;

	ActionController(ActionAgenda agenda, ActionQueries queries, ResultAccess access, CommunityManagement communities,
			ActionResponses responses, Clock clock) {
		this.agenda = agenda;
		this.queries = queries;
		this.access = access;
		this.communities = communities;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping("/actions/{id}")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me) {
		return view(readable(id, me), me, new ActionPage.ReportForm(LocalDate.now(this.clock).toString(), null, null),
				null, FormErrors.none());
	}

	@PostMapping("/actions/{id}/updates")
	ModelAndView report(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String updateOn,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String percentage, HttpServletResponse response,
			RedirectAttributes redirect) {
		ActionPage.ReportForm typed = new ActionPage.ReportForm(updateOn, text, percentage);
		return act(id, me, "actions.reported", typed, null, response, redirect, (action) -> {
			this.agenda.report(me, action.id(), ProgressReport.of(updateOn, text, percentage));
			return action;
		});
	}

	@PostMapping("/actions/{id}/start")
	ModelAndView start(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, me, "actions.started", null, null, response, redirect,
				(action) -> this.agenda.start(me, action.id()));
	}

	@PostMapping("/actions/{id}/done")
	ModelAndView complete(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, me, "actions.completed", null, null, response, redirect,
				(action) -> this.agenda.complete(me, action.id()));
	}

	@PostMapping("/actions/{id}/drop")
	ModelAndView drop(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String dropReason, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, me, "actions.dropped", null, dropReason, response, redirect,
				(action) -> this.agenda.drop(me, action.id(), dropReason));
	}

	private ModelAndView act(String id, KringPrincipal me, String notice, ActionPage.@Nullable ReportForm typed,
			@Nullable String dropReason, HttpServletResponse response, RedirectAttributes redirect,
			Function<Action, Action> change) {
		Action action = readable(id, me);
		try {
			change.apply(action);
			redirect.addFlashAttribute(PageContext.NOTICE, notice);
			return new ModelAndView("redirect:" + ActionView.path(action));
		}
		catch (ActionRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			ActionPage.ReportForm report = (typed != null) ? typed
					: new ActionPage.ReportForm(LocalDate.now(this.clock).toString(), null, null);
			return view(readable(id, me), me, report, dropReason, ActionResponses.errors(refused));
		}
		catch (ActionAccessDenied denied) {
			throw ActionResponses.status(denied);
		}
	}

	private ModelAndView view(Action action, @Nullable KringPrincipal me, ActionPage.ReportForm report,
			@Nullable String dropReason, FormErrors errors) {
		List<ActionUpdate> updates = this.queries.updates(Set.of(action.id())).getOrDefault(action.id(), List.of());
		Set<UUID> people = new HashSet<>(action.owners());
		updates.forEach((update) -> people.add(update.writtenBy()));
		ActionView view = this.responses.view(people, List.of(action), LocalDate.now(this.clock));
		ActionPage page = new ActionPage(
				this.communities.find(action.communityId())
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
				action, updates, view, this.access.mayReport(me, action),
				this.access.mayFacilitate(me, action.communityId()), report, dropReason, errors);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	private Action readable(String id, @Nullable KringPrincipal me) {
		try {
			return this.agenda.readable(me, ActionResponses.id(id));
		}
		catch (ActionAccessDenied denied) {
			throw ActionResponses.status(denied);
		}
	}

}
