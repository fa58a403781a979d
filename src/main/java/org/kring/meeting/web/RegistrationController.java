package org.kring.meeting.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingRegistrations;
import org.kring.meeting.internal.Meetings;
import org.kring.meeting.internal.Registration;
import org.kring.meeting.internal.RegistrationOutcome;
import org.kring.meeting.internal.RegistrationRefused;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering for a meeting and cancelling: a signed-in person with one click, a visitor
 * with a name and address they confirm through a mail, a participant a facilitator
 * registers by nickname, and the links in the mails, which need no login. A meeting the
 * reader may not see answers 404; an action they may not take, 403.
 */
@Controller
class RegistrationController {

	static final String FORM_VIEW = "meeting/registration-form";

	static final String LINK_VIEW = "meeting/registration-link";

	private final Meetings meetings;

	private final MeetingAccess access;

	private final MeetingRegistrations registrations;

	RegistrationController(Meetings meetings, MeetingAccess access, MeetingRegistrations registrations) {
		this.meetings = meetings;
		this.access = access;
		this.registrations = registrations;
	}

	@PostMapping("/meetings/{id}/registration")
	ModelAndView register(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, RegistrationForm form,
			RedirectAttributes redirect) {
		Meeting meeting = readable(id, me);
		return submit(meeting, "", List.of(), form, redirect,
				() -> this.registrations.register(meeting.id(), me, form.answers()));
	}

	@PostMapping("/meetings/{id}/registration/visitor")
	ModelAndView registerVisitor(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RegistrationForm form, Locale locale, RedirectAttributes redirect) {
		Meeting meeting = readable(id, me);
		return submit(meeting, "/visitor", List.of("name", "email"), form, redirect, () -> this.registrations
			.registerVisitor(meeting.id(), form.name(), form.email(), form.answers(), locale));
	}

	@PostMapping("/meetings/{id}/registration/nickname")
	ModelAndView registerByNickname(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me,
			RegistrationForm form, RedirectAttributes redirect) {
		Meeting meeting = readable(id, me);
		return submit(meeting, "/nickname", List.of("nickname"), form, redirect,
				() -> this.registrations.registerByNickname(meeting.id(), me, form.nickname(), form.answers()));
	}

	@PostMapping("/meetings/{id}/registration/cancel")
	String cancel(@PathVariable String id, @AuthenticationPrincipal KringPrincipal me, RedirectAttributes redirect) {
		Meeting meeting = readable(id, me);
		redirect.addFlashAttribute(PageContext.NOTICE, this.registrations.cancel(meeting.id(), me).key());
		return "redirect:" + MeetingPaths.registration(meeting.id());
	}

	@GetMapping("/registrations/{secret}/confirm")
	@Transactional(readOnly = true)
	ModelAndView confirmPage(@PathVariable String secret, Locale locale) {
		Registration registration = this.registrations.byConfirmLink(secret).orElseThrow(RegistrationController::gone);
		return linkPage("registration.confirm.heading", registration, "/registrations/" + secret + "/confirm",
				"registration.confirm.button", null, locale);
	}

	@PostMapping("/registrations/{secret}/confirm")
	ModelAndView confirm(@PathVariable String secret, Locale locale) {
		Registration registration = this.registrations.byConfirmLink(secret).orElseThrow(RegistrationController::gone);
		String outcome;
		try {
			outcome = this.registrations.confirm(secret).orElseThrow(RegistrationController::gone).key();
		}
		catch (RegistrationRefused refused) {
			outcome = refused.key();
		}
		return linkPage("registration.confirm.heading", registration, null, "registration.confirm.button", outcome,
				locale);
	}

	@GetMapping("/registrations/{secret}/cancel")
	@Transactional(readOnly = true)
	ModelAndView cancelPage(@PathVariable String secret, Locale locale) {
		Registration registration = this.registrations.byCancelLink(secret).orElseThrow(RegistrationController::gone);
		boolean done = !registration.state().active() && registration.cancelledAt() != null;
		return linkPage("registration.cancel.heading", registration,
				done ? null : "/registrations/" + secret + "/cancel", "registration.cancel.button",
				done ? RegistrationOutcome.ALREADY_CANCELLED.key() : null, locale);
	}

	@PostMapping("/registrations/{secret}/cancel")
	ModelAndView cancelByLink(@PathVariable String secret, Locale locale) {
		Registration registration = this.registrations.byCancelLink(secret).orElseThrow(RegistrationController::gone);
		RegistrationOutcome outcome = this.registrations.cancelByLink(secret).orElseThrow(RegistrationController::gone);
		return linkPage("registration.cancel.heading", registration, null, "registration.cancel.button", outcome.key(),
				locale);
	}

	private ModelAndView submit(Meeting meeting, String suffix, List<String> required, RegistrationForm form,
			RedirectAttributes redirect, java.util.function.Supplier<RegistrationOutcome> action) {
		BindingResult problems = form.check(required);
		if (problems.hasErrors()) {
			ModelAndView page = new ModelAndView(FORM_VIEW, "page",
					new RegistrationFormPage(meeting.id(), meeting.title(),
							"/meetings/" + meeting.id() + "/registration" + suffix, required,
							RegistrationPart.ordered(this.registrations.questions(meeting.id())), form,
							FormErrors.of(problems)));
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		try {
			redirect.addFlashAttribute(PageContext.NOTICE, action.get().key());
		}
		catch (RegistrationRefused refused) {
			redirect.addFlashAttribute(PageContext.NOTICE, refused.key());
		}
		return new ModelAndView("redirect:" + MeetingPaths.registration(meeting.id()));
	}

	private ModelAndView linkPage(String heading, Registration registration, @Nullable String action, String button,
			@Nullable String outcome, Locale locale) {
		Meeting meeting = this.meetings.findById(registration.meetingId()).orElseThrow(RegistrationController::gone);
		return new ModelAndView(LINK_VIEW, "page",
				new RegistrationLinkPage(heading, meeting.title(),
						MeetingTimes.span(meeting.start(), meeting.end(), locale), action, button, outcome,
						"/meetings/" + meeting.id()));
	}

	private Meeting readable(String id, @Nullable KringPrincipal me) {
		return MeetingController.readable(id, me, this.meetings, this.access);
	}

	private static ResponseStatusException gone() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
