package org.kring.community.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.community.internal.Community;
import org.kring.community.internal.InvitationFlows;
import org.kring.community.internal.MembershipRefused;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an invitation link leads. Opening it changes nothing (a mail scanner may open
 * it); a button accepts or declines. A link that no longer works shows a page that says
 * so, with 410 (or 404 when it never existed).
 */
@Controller
class InvitationController {

	static final String INVITATION_VIEW = "community/membership/invitation";

	static final String GONE_VIEW = "community/membership/invitation-gone";

	private final InvitationFlows invitations;

	private final MembershipViews views;

	InvitationController(InvitationFlows invitations, MembershipViews views) {
		this.invitations = invitations;
		this.views = views;
	}

	@GetMapping("/invitations/{token}")
	ModelAndView show(@PathVariable String token, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			HttpServletRequest request) {
		return page(token, me, InvitationSignUpForm.empty(), FormErrors.none(), MembershipViews.problem(request),
				locale);
	}

	/** Logging in from an invitation comes back here, and so to the invitation. */
	@GetMapping("/invitations/{token}/login")
	String afterLogin(@PathVariable String token) {
		return "redirect:/invitations/" + token;
	}

	@PostMapping("/invitations/{token}/accept")
	ModelAndView accept(@PathVariable String token, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RedirectAttributes redirect) {
		if (me == null) {
			return new ModelAndView("redirect:/invitations/" + token);
		}
		try {
			Community community = this.invitations.accept(token, me);
			return welcome(community, redirect);
		}
		catch (MembershipRefused refused) {
			if ("membership.invitation.otherAccount".equals(refused.key())) {
				redirect.addFlashAttribute(PageContext.NOTICE, refused.key());
				return new ModelAndView("redirect:/invitations/" + token);
			}
			return gone(HttpStatus.GONE);
		}
	}

	@PostMapping("/invitations/{token}/decline")
	ModelAndView decline(@PathVariable String token, @AuthenticationPrincipal @Nullable KringPrincipal me,
			RedirectAttributes redirect) {
		try {
			this.invitations.decline(token, me);
		}
		catch (MembershipRefused refused) {
			return gone(HttpStatus.GONE);
		}
		redirect.addFlashAttribute(PageContext.NOTICE, "membership.invitation.declinedDone");
		return new ModelAndView("redirect:/");
	}

	@PostMapping("/invitations/{token}/signup")
	ModelAndView signUp(@PathVariable String token, InvitationSignUpForm form, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		InvitationFlows.SignedUp outcome;
		try {
			outcome = this.invitations.signUpAndAccept(token, form.displayName(), form.password(), locale, request,
					response);
		}
		catch (MembershipRefused refused) {
			if ("membership.invitation.hasAccount".equals(refused.key())) {
				return page(token, null, form.withoutPassword(), FormErrors.none(), Problem.of(refused), locale);
			}
			return gone(HttpStatus.GONE);
		}
		Community community = outcome.community();
		if (community == null) {
			BindingResult result = new BeanPropertyBindingResult(form, "form");
			outcome.problems().forEach((field, key) -> result.rejectValue(field, key, key));
			ModelAndView page = page(token, null, form.withoutPassword(), FormErrors.of(result), null, locale);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		return welcome(community, redirect);
	}

	private ModelAndView page(String token, @Nullable KringPrincipal me, InvitationSignUpForm form, FormErrors errors,
			@Nullable Problem problem, Locale locale) {
		InvitationFlows.Invited invited;
		try {
			var found = this.invitations.find(token);
			if (found.isEmpty()) {
				return gone(HttpStatus.NOT_FOUND);
			}
			invited = found.get();
		}
		catch (MembershipRefused refused) {
			return gone(HttpStatus.GONE);
		}
		InvitationPage.State state = (me != null) ? InvitationPage.State.SIGNED_IN
				: invited.hasAccount() ? InvitationPage.State.LOG_IN : InvitationPage.State.SIGN_UP;
		return MembershipViews.view(INVITATION_VIEW,
				new InvitationPage(token, MembershipViews.name(invited.community(), locale),
						invited.invitation().role(), invited.invitation().email(),
						this.views.date(invited.invitation().expiresAt(), locale), state, form, errors, problem));
	}

	private static ModelAndView welcome(Community community, RedirectAttributes redirect) {
		redirect.addFlashAttribute(PageContext.NOTICE, "membership.invitation.welcome");
		return new ModelAndView("redirect:" + MembershipViews.communityPath(community.slug()));
	}

	private static ModelAndView gone(HttpStatus status) {
		ModelAndView page = MembershipViews.view(GONE_VIEW, new InvitationGonePage(status.value()));
		page.setStatus(status);
		return page;
	}

}
