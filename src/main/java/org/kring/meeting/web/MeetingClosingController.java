package org.kring.meeting.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.meeting.closing.AttendanceCounts;
import org.kring.meeting.closing.ClosingOutcome;
import org.kring.meeting.closing.MeetingClosing;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.Meetings;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing a meeting that took place, for its facilitators: minutes, the attendance
 * recorded, and product rows. Whoever may not read the meeting gets 404, a reader who
 * does not facilitate it 403. Bad input comes back with 422, a message next to each field
 * and everything typed kept; a meeting that may not be closed (not started, cancelled,
 * closed already, also by another facilitator a moment before) with 409 and a message.
 */
@Controller
class MeetingClosingController {

	static final String VIEW = "meeting/close";

	private final Meetings meetings;

	private final MeetingAccess access;

	private final MeetingClosing closing;

	private final AttendanceCounts attendance;

	private final TransactionTemplate readOnly;

	MeetingClosingController(Meetings meetings, MeetingAccess access, MeetingClosing closing,
			AttendanceCounts attendance, TransactionTemplate transactions) {
		this.meetings = meetings;
		this.access = access;
		this.closing = closing;
		this.attendance = attendance;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	@GetMapping("/meetings/{id}/close")
	ModelAndView form(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me) {
		Meeting meeting = facilitated(id, me);
		return view(meeting, ClosingForm.empty(), FormErrors.none(), this.closing.refusal(meeting).orElse(null));
	}

	@PostMapping("/meetings/{id}/close")
	ModelAndView close(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			@RequestParam Map<String, String> params, HttpServletResponse response, RedirectAttributes redirect) {
		Meeting meeting = facilitated(id, me);
		ClosingForm form = ClosingForm.of(params);
		if (params.containsKey("more")) {
			return view(meeting, form.more(), FormErrors.none(), null);
		}
		ClosingOutcome outcome = closeOrRefuse(me, meeting, form);
		if (outcome.ok()) {
			redirect.addFlashAttribute(PageContext.NOTICE, "closing.closed");
			return new ModelAndView("redirect:/meetings/" + meeting.id() + "#part-outcome");
		}
		if (outcome.refusal() != null) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return view(meeting, form, FormErrors.none(), outcome.refusal());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(meeting, form, errors(outcome.problems()), null);
	}

	private ClosingOutcome closeOrRefuse(KringPrincipal me, Meeting meeting, ClosingForm form) {
		try {
			return this.closing.close(me, meeting.id(), form.input());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return new ClosingOutcome(Map.of(), "closing.refused.changed");
		}
	}

	private Meeting facilitated(String id, @Nullable KringPrincipal me) {
		Meeting meeting = this.readOnly.execute((status) -> {
			Meeting readable = MeetingController.readable(id, me, this.meetings, this.access);
			return this.access.mayFacilitate(me, readable) ? readable : null;
		});
		if (meeting == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return meeting;
	}

	private ModelAndView view(Meeting meeting, ClosingForm form, FormErrors errors, @Nullable String refusal) {
		ClosingPage page = new ClosingPage(meeting, this.attendance.of(meeting.id()), form, errors, refusal);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	private static FormErrors errors(Map<String, String> problems) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Object(), "form");
		problems.forEach((field, key) -> result
			.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		return FormErrors.of(result);
	}

}
