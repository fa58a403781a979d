package org.kring.meeting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.AllSeries;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingPlanning;
import org.kring.meeting.internal.PlannedMeetings;
import org.kring.meeting.internal.Series;
import org.kring.meeting.internal.SeriesSettings;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's meetings, and planning new ones: a meeting on its own or a series.
 * Whoever reads the community sees its meetings; its facilitators and administrators
 * plan.
 */
@Controller
class CommunityMeetingsController {

	static final String LIST_VIEW = "meetingplan/meetings";

	static final String MEETING_FORM_VIEW = "meetingplan/meetingForm";

	static final String SERIES_VIEW = "meetingplan/series";

	private static final int UPCOMING_SHOWN = 50;

	private static final int PAST_SHOWN = 20;

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");

	private final PlanningGuard guard;

	private final PlannedMeetings planned;

	private final AllSeries series;

	private final MeetingPlanning planning;

	private final Clock clock;

	CommunityMeetingsController(PlanningGuard guard, PlannedMeetings planned, AllSeries series,
			MeetingPlanning planning, Clock clock) {
		this.guard = guard;
		this.planned = planned;
		this.series = series;
		this.planning = planning;
		this.clock = clock;
	}

	@GetMapping("/communities/{slug}/meetings")
	@Transactional(readOnly = true)
	ModelAndView list(@PathVariable String slug, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		CommunitySummary community = this.guard.readable(slug, me);
		Instant now = this.clock.instant();
		List<Meeting> upcoming = this.planned
			.findByCommunityIdAndStartsAtGreaterThanEqualOrderByStartsAt(community.id(), now, Limit.of(UPCOMING_SHOWN));
		List<Meeting> past = this.planned.findByCommunityIdAndStartsAtLessThanOrderByStartsAtDesc(community.id(), now,
				Limit.of(PAST_SHOWN));
		boolean mayPlan = this.guard.mayPlan(me, community.id());
		List<CommunityMeetingsPage.SeriesRow> seriesRows = mayPlan
				? this.series.findByCommunityIdOrderByTitle(community.id())
					.stream()
					.map((each) -> new CommunityMeetingsPage.SeriesRow(each.id().toString(), each.title()))
					.toList()
				: List.of();
		return new ModelAndView(LIST_VIEW, Map.of("page", new CommunityMeetingsPage(community,
				MeetingRow.of(upcoming, locale), MeetingRow.of(past, locale), seriesRows, mayPlan)));
	}

	@GetMapping("/communities/{slug}/meetings/new")
	ModelAndView newMeeting(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = this.guard.planned(slug, me);
		return meetingForm(community, MeetingForm.blank(DEFAULT_ZONE), FormErrors.none());
	}

	@PostMapping("/communities/{slug}/meetings/new")
	ModelAndView scheduleMeeting(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommunitySummary community = this.guard.planned(slug, me);
		MeetingForm form = MeetingForm.from(params);
		FormReading reading = new FormReading();
		MeetingDetails details = form.read(reading, this.guard.memberIds(community.id()));
		if (details == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return meetingForm(community, form, reading.errors());
		}
		Meeting meeting = this.planning.schedule(community.id(), details, me.id());
		redirect.addFlashAttribute(PageContext.NOTICE, "meetingplan.meeting.scheduled");
		return new ModelAndView("redirect:/meetings/" + meeting.id());
	}

	@GetMapping("/communities/{slug}/series/new")
	ModelAndView newSeries(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me) {
		CommunitySummary community = this.guard.planned(slug, me);
		return seriesForm(community, SeriesForm.blank(DEFAULT_ZONE), FormErrors.none());
	}

	@PostMapping("/communities/{slug}/series/new")
	ModelAndView startSeries(@PathVariable String slug, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response,
			RedirectAttributes redirect) {
		CommunitySummary community = this.guard.planned(slug, me);
		SeriesForm form = SeriesForm.from(params);
		FormReading reading = new FormReading();
		SeriesSettings settings = form.read(reading);
		if (settings == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return seriesForm(community, form, reading.errors());
		}
		Series started = this.planning.startSeries(community.id(), settings, me.id());
		redirect.addFlashAttribute(PageContext.NOTICE, "meetingplan.series.started");
		return new ModelAndView("redirect:/series/" + started.id());
	}

	private ModelAndView meetingForm(CommunitySummary community, MeetingForm form, FormErrors errors) {
		String path = "/communities/" + community.slug() + "/meetings";
		return new ModelAndView(MEETING_FORM_VIEW, Map.of("page", new MeetingFormPage(community, form, errors,
				path + "/new", "meetingplan.meeting.new", path, this.guard.members(community.id()), null)));
	}

	private ModelAndView seriesForm(CommunitySummary community, SeriesForm form, FormErrors errors) {
		return new ModelAndView(SERIES_VIEW, Map.of("page", new SeriesPage(community, null, form, errors,
				"/communities/" + community.slug() + "/series/new", List.of())));
	}

}
