package org.kring.meeting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingRegistrations;
import org.kring.meeting.internal.Meetings;
import org.kring.meeting.internal.Registration;
import org.kring.meeting.internal.RegistrationRefused;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attendance list of a meeting that started, for its facilitators: who of the people
 * with a seat came, and walk-ins added by nickname.
 */
@Controller
class AttendanceController {

	static final String VIEW = "meeting/attendance";

	private final Meetings meetings;

	private final MeetingAccess access;

	private final MeetingRegistrations registrations;

	private final RegistrationNames names;

	AttendanceController(Meetings meetings, MeetingAccess access, MeetingRegistrations registrations,
			RegistrationNames names) {
		this.meetings = meetings;
		this.access = access;
		this.registrations = registrations;
		this.names = names;
	}

	@GetMapping("/meetings/{id}/attendance")
	@Transactional(readOnly = true)
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, Locale locale,
			RedirectAttributes redirect) {
		Meeting meeting = facilitated(id, me);
		String refused = this.registrations.attendanceClosedKey(meeting);
		if (refused != null) {
			redirect.addFlashAttribute(PageContext.NOTICE, refused);
			return new ModelAndView("redirect:" + MeetingPaths.registration(meeting.id()));
		}
		return page(meeting, "", FormErrors.none(), locale);
	}

	@PostMapping("/meetings/{id}/attendance")
	String save(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(name = "attended", required = false) @Nullable List<UUID> attended,
			RedirectAttributes redirect) {
		Meeting meeting = facilitated(id, me);
		try {
			this.registrations.recordAttendance(meeting.id(), me, (attended != null) ? attended : List.of());
			redirect.addFlashAttribute(PageContext.NOTICE, "registration.attendance.saved");
			return "redirect:/meetings/" + meeting.id() + "/attendance";
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute(PageContext.NOTICE, ex.key());
			return "redirect:" + MeetingPaths.registration(meeting.id());
		}
	}

	@PostMapping("/meetings/{id}/attendance/walk-in")
	ModelAndView walkIn(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam(name = "nickname", required = false) @Nullable String nickname, Locale locale,
			RedirectAttributes redirect) {
		Meeting meeting = facilitated(id, me);
		RegistrationForm form = new RegistrationForm(null, null, nickname, null, null, null, null);
		BindingResult problems = form.check(List.of("nickname"));
		if (problems.hasErrors()) {
			ModelAndView page = page(meeting, (nickname != null) ? nickname : "", FormErrors.of(problems), locale);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		try {
			this.registrations.addWalkIn(meeting.id(), me, nickname);
			redirect.addFlashAttribute(PageContext.NOTICE, "registration.attendance.walkInAdded");
			return new ModelAndView("redirect:/meetings/" + meeting.id() + "/attendance");
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute(PageContext.NOTICE, ex.key());
			return new ModelAndView("redirect:" + MeetingPaths.registration(meeting.id()));
		}
	}

	private ModelAndView page(Meeting meeting, String nickname, FormErrors errors, Locale locale) {
		List<Registration> confirmed = this.registrations.confirmed(meeting);
		Map<UUID, String> named = this.names.of(confirmed);
		List<AttendancePage.Row> rows = confirmed.stream()
			.map((registration) -> new AttendancePage.Row(registration.id(), named.get(registration.id()),
					Boolean.TRUE.equals(registration.attended()), registration.walkIn()))
			.toList();
		return new ModelAndView(VIEW, "page", new AttendancePage(meeting.id(), meeting.title(),
				MeetingTimes.span(meeting.start(), meeting.end(), locale), rows, nickname, errors));
	}

	private Meeting facilitated(String id, KringPrincipal me) {
		Meeting meeting = MeetingController.readable(id, me, this.meetings, this.access);
		if (!this.registrations.mayFacilitate(me, meeting.id())) {
			throw new AccessDeniedException("Not a facilitator of the meeting");
		}
		return meeting;
	}

}
