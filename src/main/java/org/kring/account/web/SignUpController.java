package org.kring.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kring.account.internal.PasswordPolicy;
import org.kring.account.internal.SignUps;
import org.kring.system.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing up, following the verification link, and asking for a new one.
 */
@Controller
class SignUpController {

	static final String SIGN_UP_VIEW = "account/signup";

	static final String VERIFIED_VIEW = "account/verified";

	private final SignUps signUps;

	private final PasswordPolicy passwordPolicy;

	SignUpController(SignUps signUps, PasswordPolicy passwordPolicy) {
		this.signUps = signUps;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("page", new SignUpPage(SignUpForm.empty(), FormErrors.none()));
		return SIGN_UP_VIEW;
	}

	@PostMapping("/signup")
	String signUp(@Valid SignUpForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response) {
		AccountForms.checkEmail(form.email(), result);
		this.passwordPolicy.problem(form.password(), form.email(), form.displayName())
			.ifPresent((problem) -> AccountForms.reject(result, "password", null, problem));
		if (result.hasErrors() || form.displayName() == null || form.email() == null || form.password() == null) {
			AccountForms.rejected(response);
			model.addAttribute("page", new SignUpPage(form.withoutPassword(), FormErrors.of(result)));
			return SIGN_UP_VIEW;
		}
		this.signUps.signUp(form.displayName(), form.email(), form.password(), locale);
		return "redirect:" + EmailRequest.SIGN_UP.sent();
	}

	@GetMapping("/signup/sent")
	String sent(Model model) {
		return EmailRequestForms.checkMail(EmailRequest.SIGN_UP, model);
	}

	@GetMapping("/signup/verify")
	String verify(@RequestParam(name = "token", required = false) @Nullable String token, Model model) {
		if (this.signUps.verify(token)) {
			model.addAttribute("page", new VerifiedPage());
			return VERIFIED_VIEW;
		}
		return EmailRequestForms.unusableLink(EmailRequest.VERIFY_AGAIN, model);
	}

	@GetMapping("/signup/resend")
	String resendForm(Model model) {
		return EmailRequestForms.form(EmailRequest.VERIFY_AGAIN, model);
	}

	@PostMapping("/signup/resend")
	String resend(@Valid EmailForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response) {
		return EmailRequestForms.submit(EmailRequest.VERIFY_AGAIN, form, result, model, response,
				(email) -> this.signUps.sendVerificationAgain(email, locale));
	}

	@GetMapping("/signup/resend/sent")
	String resent(Model model) {
		return EmailRequestForms.checkMail(EmailRequest.VERIFY_AGAIN, model);
	}

}
