package org.kring.result.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionAccessDenied;
import org.kring.result.internal.ActionAgenda;
import org.kring.result.internal.ActionChanged;
import org.kring.result.internal.ActionDraft;
import org.kring.result.internal.ActionQueries;
import org.kring.result.internal.ActionRefused;
import org.kring.result.internal.ResultAccess;
import org.kring.result.web.ActionFormPage.ActionForm;
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
 * A community's action agenda of a year, for whoever reads the community (anyone else
 * gets the same 404 as for a community that does not exist), and the form on which its
 * facilitators put actions on it and change them. A save refused by the rules shows the
 * form again with 422; a save after someone else's shows what they saved with 409 and
 * keeps what was typed.
 */
@Controller
class ActionAgendaController {

	static final String AGENDA_VIEW = "result/actions";

	static final String FORM_VIEW = "result/action-form";

	private final ActionAgenda agenda;

	private final ActionQueries queries;

	private final ResultAccess access;

	private final CommunityManagement communities;

	private final ActionResponses responses;

	private final Clock clock;

	ActionAgendaController(ActionAgenda agenda, ActionQueries queries, ResultAccess access,
			CommunityManagement communities, ActionResponses responses, Clock clock) {
		this.agenda = agenda;
		this.queries = queries;
		this.access = access;
		this.communities = communities;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping("/communities/{slug}/actions")
	ModelAndView agenda(@PathVariable String slug, @RequestParam(required = false) @Nullable String year,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		CommunitySummary community = readable(slug, me);
		int shown = year(year);
		List<Action> actions = this.queries.agenda(community.id(), shown);
		List<Integer> years = this.queries.years(community.id());
		Integer previous = years.stream().filter((other) -> other < shown).max(Comparator.naturalOrder()).orElse(null);
		Integer next = years.stream().filter((other) -> other > shown).min(Comparator.naturalOrder()).orElse(null);
		Set<UUID> owners = new HashSet<>();
		actions.forEach((action) -> owners.addAll(action.owners()));
		ActionAgendaPage page = new ActionAgendaPage(community, shown, actions,
				this.responses.view(owners, actions, today()), previous, next,
				this.access.mayFacilitate(me, community.id()));
		return new ModelAndView(AGENDA_VIEW, Map.of("page", page));
	}

	@GetMapping("/communities/{slug}/actions/new")
	ModelAndView create(@PathVariable String slug, @RequestParam(required = false) @Nullable String year,
			@AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = facilitatedCommunity(slug, me);
		ActionForm form = new ActionForm(Integer.toString(year(year)), null, null, null, Set.of(), null);
		return form(community, null, form, FormErrors.none(), null);
	}

	@PostMapping("/communities/{slug}/actions/new")
	ModelAndView create(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String dueOn,
			@RequestParam(required = false) @Nullable List<String> owners, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommunitySummary community = facilitatedCommunity(slug, me);
		ActionForm form = new ActionForm(year, title, description, dueOn, typed(owners), null);
		return save(community, null, form, owners, "actions.created", response, redirect,
				(draft) -> this.agenda.plan(me, community.id(), draft));
	}

	@GetMapping("/actions/{id}/edit")
	ModelAndView edit(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		Action action = facilitated(id, me);
		return form(community(action), action, ActionForm.of(action), FormErrors.none(), null);
	}

	@PostMapping("/actions/{id}/edit")
	ModelAndView edit(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String dueOn,
			@RequestParam(required = false) @Nullable List<String> owners, HttpServletResponse response,
			RedirectAttributes redirect) {
		Action action = facilitated(id, me);
		ActionForm form = new ActionForm(year, title, description, dueOn, typed(owners), version);
		try {
			return save(community(action), action, form, owners, "actions.saved", response, redirect,
					(draft) -> this.agenda.revise(me, action.id(), (version != null) ? version : -1, draft));
		}
		catch (ActionChanged changed) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Action stored = this.agenda.readable(me, action.id());
			return form(community(stored), stored, form.atVersion(stored.version()), FormErrors.none(), stored);
		}
	}

	/**
	 * Saves the form as the agenda allows: to the action's page, or the form again with
	 * 422 and what was typed.
	 */
	private ModelAndView save(CommunitySummary community, @Nullable Action action, ActionForm form,
			@Nullable List<String> owners, String notice, HttpServletResponse response, RedirectAttributes redirect,
			Function<ActionDraft, Action> save) {
		try {
			Action saved = save
				.apply(ActionDraft.of(form.year(), form.title(), form.description(), form.dueOn(), owners));
			redirect.addFlashAttribute(PageContext.NOTICE, notice);
			return new ModelAndView("redirect:" + ActionView.path(saved));
		}
		catch (ActionRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(community, action, form, ActionResponses.errors(refused), null);
		}
		catch (ActionAccessDenied denied) {
			throw ActionResponses.status(denied);
		}
	}

	private ModelAndView form(CommunitySummary community, @Nullable Action action, ActionForm form, FormErrors errors,
			@Nullable Action stored) {
		Set<UUID> members = this.communities.membersOf(community.id());
		Set<UUID> people = new HashSet<>(members);
		if (stored != null) {
			people.addAll(stored.owners());
		}
		ActionView view = this.responses.view(people, List.of(), today());
		List<ActionFormPage.Member> choices = members.stream()
			.map((member) -> new ActionFormPage.Member(member.toString(), view.name(member)))
			.sorted(Comparator.comparing(ActionFormPage.Member::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		ActionFormPage page = new ActionFormPage(community, action, form, choices, errors, stored, view);
		return new ModelAndView(FORM_VIEW, Map.of("page", page));
	}

	private Action facilitated(String id, KringPrincipal me) {
		try {
			Action action = this.agenda.readable(me, ActionResponses.id(id));
			if (!this.access.mayFacilitate(me, action.communityId())) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			}
			return action;
		}
		catch (ActionAccessDenied denied) {
			throw ActionResponses.status(denied);
		}
	}

	private CommunitySummary facilitatedCommunity(String slug, KringPrincipal me) {
		CommunitySummary community = readable(slug, me);
		if (!this.access.mayFacilitate(me, community.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return community;
	}

	private CommunitySummary community(Action action) {
		return this.communities.find(action.communityId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private CommunitySummary readable(String slug, @Nullable KringPrincipal me) {
		return this.communities.findBySlug(slug)
			.filter((community) -> this.access.canRead(me, community.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private int year(@Nullable String year) {
		if (year == null || year.isBlank()) {
			return today().getYear();
		}
		Integer number = ActionDraft.year(year);
		if (number != null) {
			return number;
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Set<String> typed(@Nullable List<String> owners) {
		return (owners != null) ? new TreeSet<>(owners) : Set.of();
	}

}
