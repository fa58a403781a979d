package org.kring.result.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.internal.Governments;
import org.kring.result.internal.LegislationDraft;
import org.kring.result.internal.LegislationRegister;
import org.kring.result.internal.LegislationRow;
import org.kring.result.internal.LegislationTest;
import org.kring.result.internal.LegislationTests;
import org.kring.result.internal.Listing;
import org.kring.result.internal.Signal;
import org.kring.result.internal.ToolboxQueries;
import org.kring.result.internal.ToolboxRefused;
import org.kring.result.internal.ToolboxSearch;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's register of legislation tested in practice and its entries, for whoever
 * reads the community (anyone else gets the same 404 as for a community that does not
 * exist), searchable and by pages of 20. Facilitators and administrators write entries
 * and turn an entry into a draft signal, once; others who read it get 403 for that. Bad
 * input shows the form again with 422, the message next to the field and what was typed.
 */
@Controller
class LegislationController {

	static final String LIST = "result/legislation-tests";

	static final String ENTRY = "result/legislation-test";

	static final String FORM = "result/legislation-form";

	private final ToolboxQueries queries;

	private final LegislationRegister register;

	private final LegislationTests entries;

	private final MeetingTitles meetings;

	private final Governments governments;

	private final ToolboxGuard guard;

	LegislationController(ToolboxQueries queries, LegislationRegister register, LegislationTests entries,
			MeetingTitles meetings, Governments governments, ToolboxGuard guard) {
		this.queries = queries;
		this.register = register;
		this.entries = entries;
		this.meetings = meetings;
		this.governments = governments;
		this.guard = guard;
	}

	@GetMapping("/communities/{slug}/legislation-tests")
	ModelAndView list(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String page) {
		CommunitySummary community = this.guard.readable(slug, me);
		ToolboxSearch search = ToolboxSearch.of(q, page);
		Listing<LegislationRow> listing = this.queries.legislationTests(community.id(), search);
		var meetingIds = listing.rows().stream().map(LegislationRow::meetingId).filter(Objects::nonNull).toList();
		return new ModelAndView(LIST, Map.of("page", new LegislationRegisterPage(community, listing,
				this.meetings.of(meetingIds), search, this.guard.mayFacilitate(me, community))));
	}

	@GetMapping("/legislation-tests/{id}")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me) {
		LegislationTest entry = entry(id);
		CommunitySummary community = this.guard.readable(entry.communityId(), me);
		return entryPage(community, entry, me, LegislationEntryPage.SignalForm.EMPTY, FormErrors.none());
	}

	@GetMapping("/communities/{slug}/legislation-tests/new")
	ModelAndView newForm(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = facilitated(this.guard.readable(slug, me), me);
		return form(community, null, LegislationForm.EMPTY, FormErrors.none());
	}

	@PostMapping("/communities/{slug}/legislation-tests/new")
	ModelAndView add(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String ruleTested,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String finding,
			@RequestParam(required = false) @Nullable String recommendation, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommunitySummary community = facilitated(this.guard.readable(slug, me), me);
		try {
			LegislationTest entry = this.register.record(community.id(),
					LegislationDraft.of(ruleTested, title, finding, recommendation), me.id());
			redirect.addFlashAttribute(PageContext.NOTICE, "legislation.added");
			return new ModelAndView("redirect:/legislation-tests/" + entry.id());
		}
		catch (ToolboxRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(community, null, new LegislationForm(ruleTested, title, finding, recommendation, null),
					ToolboxGuard.errors(refused.problems()));
		}
	}

	@GetMapping("/legislation-tests/{id}/edit")
	ModelAndView editForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		LegislationTest entry = entry(id);
		CommunitySummary community = facilitated(this.guard.readable(entry.communityId(), me), me);
		return form(community, entry, LegislationForm.of(entry), FormErrors.none());
	}

	@PostMapping("/legislation-tests/{id}/edit")
	ModelAndView edit(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String ruleTested,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String finding,
			@RequestParam(required = false) @Nullable String recommendation,
			@RequestParam(required = false) @Nullable Long version, HttpServletResponse response,
			RedirectAttributes redirect) {
		LegislationTest entry = entry(id);
		CommunitySummary community = facilitated(this.guard.readable(entry.communityId(), me), me);
		LegislationForm typed = new LegislationForm(ruleTested, title, finding, recommendation,
				(version != null) ? version : entry.version());
		return ToolboxGuard.submitted(response, () -> {
			this.register.revise(entry, (version != null) ? version : -1,
					LegislationDraft.of(ruleTested, title, finding, recommendation));
			redirect.addFlashAttribute(PageContext.NOTICE, "legislation.saved");
			return new ModelAndView("redirect:/legislation-tests/" + entry.id());
		}, (errors) -> form(community, entry, typed, errors), () -> {
			LegislationTest current = entry(id);
			return (errors) -> form(community, current, typed.atVersion(current.version()), errors);
		}, "legislation.stale");
	}

	@PostMapping("/legislation-tests/{id}/signal")
	ModelAndView turnIntoSignal(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String authority,
			@RequestParam(required = false) @Nullable String office, HttpServletResponse response,
			RedirectAttributes redirect) {
		LegislationTest entry = entry(id);
		CommunitySummary community = facilitated(this.guard.readable(entry.communityId(), me), me);
		var typed = new LegislationEntryPage.SignalForm(authority, office);
		Map<String, String> problems;
		try {
			Signal signal = this.register.turnIntoSignal(entry, typed.organisationId(), office, me.id());
			redirect.addFlashAttribute(PageContext.NOTICE, "legislation.signal.made");
			return new ModelAndView("redirect:/signals/" + signal.id());
		}
		catch (ToolboxRefused refused) {
			problems = refused.problems();
		}
		catch (OptimisticLockingFailureException concurrent) {
			problems = Map.of("signal", "legislation.signal.already");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return entryPage(community, entry(id), me, typed, ToolboxGuard.errors(problems));
	}

	private ModelAndView entryPage(CommunitySummary community, LegislationTest entry, @Nullable KringPrincipal me,
			LegislationEntryPage.SignalForm signal, FormErrors errors) {
		boolean facilitator = this.guard.mayFacilitate(me, community);
		MeetingTitles.Titled meeting = (entry.origin().meetingId() != null)
				? this.meetings.of(Set.of(entry.origin().meetingId())).get(entry.origin().meetingId()) : null;
		List<OrganisationSummary> authorities = (facilitator && !entry.turnedIntoSignal()) ? this.governments.all()
				: List.of();
		return new ModelAndView(ENTRY, Map.of("page",
				new LegislationEntryPage(community, entry, meeting, facilitator, authorities, signal, errors)));
	}

	private ModelAndView form(CommunitySummary community, @Nullable LegislationTest entry, LegislationForm form,
			FormErrors errors) {
		String action = (entry != null) ? "/legislation-tests/" + entry.id() + "/edit"
				: ToolboxPaths.legislationTests(community) + "/new";
		String entryPath = (entry != null) ? "/legislation-tests/" + entry.id() : null;
		return new ModelAndView(FORM,
				Map.of("page", new LegislationFormPage(community, action, entryPath, form, errors)));
	}

	private LegislationTest entry(String id) {
		return ToolboxGuard.found(this.entries.findById(ToolboxGuard.id(id)));
	}

	private CommunitySummary facilitated(CommunitySummary community, KringPrincipal me) {
		this.guard.facilitating(me, community);
		return community;
	}

}
