package org.kring.meeting.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingPlanning;
import org.kring.meeting.internal.MeetingState;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing or cancelling one meeting, for its facilitators. A meeting of a series that is
 * changed is detached from it. A cancelled or closed meeting is no longer changed: 409.
 */
@Controller
class MeetingPlanController {

	static final String CANCEL_VIEW = "meetingplan/cancel";

	private final PlanningGuard guard;

	private final MeetingPlanning planning;

	MeetingPlanController(PlanningGuard guard, MeetingPlanning planning) {
		this.guard = guard;
		this.planning = planning;
	}

	@GetMapping("/meetings/{id}/edit")
	ModelAndView editForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		Meeting meeting = scheduled(id, me);
		MeetingDetails details = this.planning.detailsOf(meeting.id()).orElseThrow();
		return view(meeting, MeetingForm.of(details), FormErrors.none());
	}

	@PostMapping("/meetings/{id}/edit")
	ModelAndView edit(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response,
			RedirectAttributes redirect) {
		Meeting meeting = scheduled(id, me);
		MeetingForm form = MeetingForm.from(params);
		FormReading reading = new FormReading();
		Set<UUID> members = this.guard.memberIds(meeting.communityId());
		members.addAll(this.planning.detailsOf(meeting.id()).orElseThrow().facilitators());
		MeetingDetails details = form.read(reading, members);
		if (details == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return view(meeting, form, reading.errors());
		}
		this.planning.edit(meeting.id(), details);
		redirect.addFlashAttribute(PageContext.NOTICE, "meetingplan.meeting.changed");
		return new ModelAndView("redirect:/meetings/" + meeting.id());
	}

	@GetMapping("/meetings/{id}/cancel")
	ModelAndView cancelForm(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale) {
		Meeting meeting = scheduled(id, me);
		return new ModelAndView(CANCEL_VIEW,
				Map.of("page", new CancelPage(MeetingRow.of(meeting, locale), "", FormErrors.none())));
	}

	@PostMapping("/meetings/{id}/cancel")
	ModelAndView cancel(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(defaultValue = "") String reason, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		Meeting meeting = scheduled(id, me);
		FormReading reading = new FormReading();
		String why = reading.text("reason", reason, 1000, false);
		if (!reading.ok()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return new ModelAndView(CANCEL_VIEW,
					Map.of("page", new CancelPage(MeetingRow.of(meeting, locale), reason, reading.errors())));
		}
		this.planning.cancel(meeting.id(), why, me.id());
		redirect.addFlashAttribute(PageContext.NOTICE, "meetingplan.meeting.cancelled");
		return new ModelAndView("redirect:/meetings/" + meeting.id());
	}

	private Meeting scheduled(String id, KringPrincipal me) {
		Meeting meeting = this.guard.facilitated(id, me);
		if (meeting.state() != MeetingState.SCHEDULED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return meeting;
	}

	private ModelAndView view(Meeting meeting, MeetingForm form, FormErrors errors) {
		CommunitySummary community = this.guard.community(meeting.communityId());
		String path = "/meetings/" + meeting.id();
		return new ModelAndView(CommunityMeetingsController.MEETING_FORM_VIEW,
				Map.of("page",
						new MeetingFormPage(community, form, errors, path + "/edit", "meetingplan.meeting.edit", path,
								this.guard.members(meeting.communityId()),
								(meeting.seriesId() != null) ? "meetingplan.meeting.detachNote" : null)));
	}

}
