package org.kring.meeting.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.MeetingPlanning;
import org.kring.meeting.internal.PlannedMeetings;
import org.kring.meeting.internal.Series;
import org.kring.meeting.internal.SeriesSettings;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
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
 * A series, for those who plan its community's meetings: its upcoming meetings and the
 * form that changes it, asking whether the change applies to the upcoming meetings too.
 */
@Controller
class SeriesController {

	private final PlanningGuard guard;

	private final PlannedMeetings planned;

	private final MeetingPlanning planning;

	private final Clock clock;

	SeriesController(PlanningGuard guard, PlannedMeetings planned, MeetingPlanning planning, Clock clock) {
		this.guard = guard;
		this.planned = planned;
		this.planning = planning;
		this.clock = clock;
	}

	@GetMapping("/series/{id}")
	@Transactional(readOnly = true)
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale) {
		Series series = this.guard.series(id, me);
		return view(series, SeriesForm.of(series.settings()), FormErrors.none(), locale);
	}

	@PostMapping("/series/{id}")
	ModelAndView change(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		Series series = this.guard.series(id, me);
		SeriesForm form = SeriesForm.from(params);
		FormReading reading = new FormReading();
		SeriesSettings settings = form.read(reading);
		if (settings == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return view(series, form, reading.errors(), locale);
		}
		this.planning.change(series.id(), settings, form.alsoUpcoming(), me.id());
		redirect.addFlashAttribute(PageContext.NOTICE,
				form.alsoUpcoming() ? "meetingplan.series.changedUpcoming" : "meetingplan.series.changedNew");
		return new ModelAndView("redirect:/series/" + series.id());
	}

	private ModelAndView view(Series series, SeriesForm form, FormErrors errors, Locale locale) {
		CommunitySummary community = this.guard.community(series.communityId());
		SeriesPage page = new SeriesPage(community, series.title(), form, errors, "/series/" + series.id(),
				MeetingRow.of(this.planned.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(series.id(),
						this.clock.instant()), locale));
		return new ModelAndView(CommunityMeetingsController.SERIES_VIEW, Map.of("page", page));
	}

}
