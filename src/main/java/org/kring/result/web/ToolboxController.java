package org.kring.result.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.result.internal.Listing;
import org.kring.result.internal.Tool;
import org.kring.result.internal.ToolDraft;
import org.kring.result.internal.ToolRow;
import org.kring.result.internal.Toolbox;
import org.kring.result.internal.ToolboxQueries;
import org.kring.result.internal.ToolboxRefused;
import org.kring.result.internal.ToolboxSearch;
import org.kring.system.KringPrincipal;
import org.kring.system.web.CleanText;
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
 * A community's toolbox, for whoever reads the community (anyone else gets the same 404
 * as for a community that does not exist), searchable and by pages of 20. Facilitators
 * and administrators add, edit and remove tools; others who read it get 403 for that. Bad
 * input shows the form again with 422, the message next to the field and what was typed;
 * an edit that crossed someone else's shows it again with 409, nothing lost.
 */
@Controller
class ToolboxController {

	static final String LIST = "result/tools";

	static final String FORM = "result/tool-form";

	private final ToolboxQueries queries;

	private final Toolbox toolbox;

	private final MeetingTitles meetings;

	private final ToolboxGuard guard;

	ToolboxController(ToolboxQueries queries, Toolbox toolbox, MeetingTitles meetings, ToolboxGuard guard) {
		this.queries = queries;
		this.toolbox = toolbox;
		this.meetings = meetings;
		this.guard = guard;
	}

	@GetMapping("/communities/{slug}/tools")
	ModelAndView list(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String page) {
		CommunitySummary community = this.guard.readable(slug, me);
		ToolboxSearch search = ToolboxSearch.of(q, page);
		Listing<ToolRow> listing = this.queries.tools(community.id(), search);
		var meetingIds = listing.rows().stream().map(ToolRow::meetingId).filter(Objects::nonNull).toList();
		return new ModelAndView(LIST, Map.of("page", new ToolboxPage(community, listing, this.meetings.of(meetingIds),
				search, this.guard.mayFacilitate(me, community))));
	}

	@GetMapping("/communities/{slug}/tools/new")
	ModelAndView newForm(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = facilitated(slug, me);
		return form(community, null, ToolForm.EMPTY, FormErrors.none());
	}

	@PostMapping("/communities/{slug}/tools/new")
	ModelAndView add(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		CommunitySummary community = facilitated(slug, me);
		ToolForm typed = ToolForm.typed(title, description, values(request, "linkLabel"), values(request, "linkUrl"),
				null);
		try {
			this.toolbox.add(community.id(),
					ToolDraft.of(title, description, values(request, "linkLabel"), values(request, "linkUrl")),
					me.id());
			return done(community, "toolbox.added", redirect);
		}
		catch (ToolboxRefused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(community, null, typed, ToolboxGuard.errors(refused.problems()));
		}
	}

	@GetMapping("/tools/{id}/edit")
	ModelAndView editForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		Tool tool = tool(id);
		CommunitySummary community = facilitated(tool, me);
		return form(community, tool, ToolForm.of(tool), FormErrors.none());
	}

	@PostMapping("/tools/{id}/edit")
	ModelAndView edit(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable Long version, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Tool tool = tool(id);
		CommunitySummary community = facilitated(tool, me);
		List<String> labels = values(request, "linkLabel");
		List<String> urls = values(request, "linkUrl");
		ToolForm typed = ToolForm.typed(title, description, labels, urls, (version != null) ? version : tool.version());
		return ToolboxGuard.submitted(response, () -> {
			this.toolbox.revise(tool, (version != null) ? version : -1, ToolDraft.of(title, description, labels, urls));
			return done(community, "toolbox.saved", redirect);
		}, (errors) -> form(community, tool, typed, errors), () -> {
			Tool current = tool(id);
			return (errors) -> form(community, current, typed.atVersion(current.version()), errors);
		}, "toolbox.stale");
	}

	@PostMapping("/tools/{id}/delete")
	ModelAndView delete(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			RedirectAttributes redirect) {
		Tool tool = tool(id);
		CommunitySummary community = facilitated(tool, me);
		this.toolbox.remove(tool);
		return done(community, "toolbox.deleted", redirect);
	}

	private ModelAndView form(CommunitySummary community, @Nullable Tool tool, ToolForm form, FormErrors errors) {
		String action = (tool != null) ? "/tools/" + tool.id() + "/edit" : ToolboxPaths.tools(community) + "/new";
		String delete = (tool != null) ? "/tools/" + tool.id() + "/delete" : null;
		return new ModelAndView(FORM, Map.of("page", new ToolFormPage(community, action, delete, form, errors)));
	}

	private ModelAndView done(CommunitySummary community, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, notice);
		return new ModelAndView("redirect:" + ToolboxPaths.tools(community));
	}

	private Tool tool(String id) {
		return ToolboxGuard.found(this.toolbox.find(ToolboxGuard.id(id)));
	}

	private CommunitySummary facilitated(String slug, KringPrincipal me) {
		CommunitySummary community = this.guard.readable(slug, me);
		this.guard.facilitating(me, community);
		return community;
	}

	private CommunitySummary facilitated(Tool tool, KringPrincipal me) {
		CommunitySummary community = this.guard.readable(tool.communityId(), me);
		this.guard.facilitating(me, community);
		return community;
	}

	/**
	 * Every value of a repeated field, row by row, cleaned as every other field is; read
	 * from the request because binding one value to a list would split it at its commas.
	 */
	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null)
				? Arrays.stream(values).map((value) -> Objects.requireNonNullElse(CleanText.clean(value), "")).toList()
				: List.of();
	}

}
