package org.kring.expertise.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.expertise.internal.CandidateAnswers;
import org.kring.expertise.internal.RecruitmentNotFound;
import org.kring.expertise.internal.RecruitmentRefused;
import org.kring.system.KringPrincipal;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the link of a recruitment invitation leads; it works without logging in. Opening
 * it changes nothing (a mail scanner may open it); a button accepts or declines. A link
 * that can no longer be answered says why: accepted already, declined, withdrawn, or
 * never issued (404).
 */
@Controller
class RecruitmentInvitationController {

	static final String PATH = "/recruitment/invitations/";

	static final String ANSWER_VIEW = "expertise/recruitment/invitation";

	static final String CLOSED_VIEW = "expertise/recruitment/invitation-closed";

	private final CandidateAnswers answers;

	RecruitmentInvitationController(CandidateAnswers answers) {
		this.answers = answers;
	}

	@GetMapping(PATH + "{token}")
	ModelAndView show(@PathVariable String token, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		return page(token, me, null, FormErrors.none(), null, locale);
	}

	/** Logging in from an invitation comes back here, and so to the invitation. */
	@GetMapping(PATH + "{token}/login")
	String afterLogin(@PathVariable String token) {
		return "redirect:" + PATH + token;
	}

	@PostMapping(PATH + "{token}/accept")
	ModelAndView accept(@PathVariable String token, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			RedirectAttributes redirect) {
		try {
			if (me == null) {
				this.answers.acceptAsCandidate(token);
				return closed(new InvitationClosedPage("recruitment.answer.acceptedLogIn", null, true), HttpStatus.OK);
			}
			return welcome(this.answers.accept(token, me), redirect);
		}
		catch (RecruitmentRefused refused) {
			return refused(token, me, refused, locale);
		}
	}

	@PostMapping(PATH + "{token}/decline")
	ModelAndView decline(@PathVariable String token, @AuthenticationPrincipal @Nullable KringPrincipal me,
			Locale locale, RedirectAttributes redirect) {
		try {
			this.answers.decline(token, me);
		}
		catch (RecruitmentRefused refused) {
			return refused(token, me, refused, locale);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "recruitment.answer.declinedDone");
		return new ModelAndView("redirect:/");
	}

	@PostMapping(PATH + "{token}/signup")
	ModelAndView signUp(@PathVariable String token,
			@RequestParam(name = "displayName", required = false) @Nullable String displayName,
			@RequestParam(name = "password", required = false) @Nullable String password, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		CandidateAnswers.SignedUp outcome;
		try {
			outcome = this.answers.signUpAndAccept(token, displayName, password, locale, request, response);
		}
		catch (RecruitmentRefused refused) {
			return refused(token, null, refused, locale);
		}
		CommunitySummary community = outcome.community();
		if (community == null) {
			BindingResult result = new BeanPropertyBindingResult(new SignUp(displayName, password), "form");
			outcome.problems().forEach((field, key) -> result.rejectValue(field, key, key));
			ModelAndView page = page(token, null, displayName, FormErrors.of(result), null, locale);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		return welcome(community, redirect);
	}

	private ModelAndView refused(String token, @Nullable KringPrincipal me, RecruitmentRefused refused, Locale locale) {
		if ("recruitment.answer.closed".equals(refused.key())) {
			ModelAndView page = page(token, me, null, FormErrors.none(), null, locale);
			page.setStatus(HttpStatus.CONFLICT);
			return page;
		}
		ModelAndView page = page(token, me, null, FormErrors.none(), refused.key(), locale);
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return page;
	}

	private ModelAndView page(String token, @Nullable KringPrincipal me, @Nullable String displayName,
			FormErrors errors, @Nullable String problem, Locale locale) {
		Optional<CandidateAnswers.Invitation> found;
		try {
			found = this.answers.find(token, locale);
		}
		catch (RecruitmentNotFound | RecruitmentRefused ex) {
			found = Optional.empty();
		}
		if (found.isEmpty()) {
			return closed(new InvitationClosedPage("recruitment.answer.unknown", null, false), HttpStatus.NOT_FOUND);
		}
		CandidateAnswers.Invitation invitation = found.get();
		String communityPath = "/communities/" + invitation.community().slug();
		return switch (invitation.state()) {
			case INVITED -> new ModelAndView(ANSWER_VIEW,
					Map.of("page",
							new InvitationAnswerPage(token, invitation.community().name(), invitation.fields(),
									invitation.inviterName(), invitation.email(), state(me, invitation), displayName,
									errors, problem)));
			case ACCEPTED, ACTIVE, ALUMNI ->
				closed(new InvitationClosedPage("recruitment.answer.alreadyAccepted", communityPath, me == null),
						HttpStatus.OK);
			case DECLINED ->
				closed(new InvitationClosedPage("recruitment.answer.declined", null, false), HttpStatus.GONE);
			case NOMINATED, WITHDRAWN ->
				closed(new InvitationClosedPage("recruitment.answer.withdrawn", null, false), HttpStatus.GONE);
		};
	}

	private static InvitationAnswerPage.State state(@Nullable KringPrincipal me,
			CandidateAnswers.Invitation invitation) {
		if (me != null) {
			return InvitationAnswerPage.State.SIGNED_IN;
		}
		return invitation.hasAccount() ? InvitationAnswerPage.State.LOG_IN : InvitationAnswerPage.State.SIGN_UP;
	}

	private static ModelAndView welcome(CommunitySummary community, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, "recruitment.answer.welcome");
		return new ModelAndView("redirect:/communities/" + community.slug());
	}

	private static ModelAndView closed(InvitationClosedPage page, HttpStatus status) {
		ModelAndView view = new ModelAndView(CLOSED_VIEW, Map.of("page", page));
		view.setStatus(status);
		return view;
	}

	/** The sign-up form's fields, for the binding result that carries its problems. */
	record SignUp(@Nullable String displayName, @Nullable String password) {
	}

}
