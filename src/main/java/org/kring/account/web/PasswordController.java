package org.kring.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kring.account.internal.AccountToken;
import org.kring.account.internal.Passwords;
import org.kring.account.security.LoginConfiguration;
import org.kring.account.security.SessionLogin;
import org.kring.system.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgotten passwords: asking for a link, and choosing a new password through it; the
 * first administrator chooses theirs the same way.
 */
@Controller
class PasswordController {

	static final String PASSWORD_VIEW = "account/password";

	static final String CHECK_MAIL_VIEW = "account/check-mail";

	static final String EMAIL_REQUEST_VIEW = "account/email-request";

	private static final String RESET = "reset";

	private static final String SET = "set";

	private final Passwords passwords;

	private final SessionLogin sessionLogin;

	PasswordController(Passwords passwords, SessionLogin sessionLogin) {
		this.passwords = passwords;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("page", EmailRequestPage.blank(EmailRequest.FORGOT_PASSWORD));
		return EMAIL_REQUEST_VIEW;
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid EmailForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response) {
		AccountForms.checkEmail(form.email(), result);
		if (result.hasErrors() || form.email() == null) {
			AccountForms.rejected(response);
			model.addAttribute("page",
					new EmailRequestPage(EmailRequest.FORGOT_PASSWORD, false, form, FormErrors.of(result)));
			return EMAIL_REQUEST_VIEW;
		}
		this.passwords.requestReset(form.email(), locale);
		return "redirect:" + EmailRequest.FORGOT_PASSWORD.sent();
	}

	@GetMapping("/password/forgot/sent")
	String forgotSent(Model model) {
		model.addAttribute("page", new CheckMailPage(EmailRequest.FORGOT_PASSWORD));
		return CHECK_MAIL_VIEW;
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(name = "token", required = false) @Nullable String token, Model model) {
		return showForm(RESET, AccountToken.Purpose.RESET_PASSWORD, token, model);
	}

	@PostMapping("/password/reset")
	String reset(PasswordForm form, BindingResult result, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return choose(RESET, AccountToken.Purpose.RESET_PASSWORD, form, result, request, response, model);
	}

	@GetMapping("/password/set")
	String setForm(@RequestParam(name = "token", required = false) @Nullable String token, Model model) {
		return showForm(SET, AccountToken.Purpose.SET_PASSWORD, token, model);
	}

	@PostMapping("/password/set")
	String set(PasswordForm form, BindingResult result, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return choose(SET, AccountToken.Purpose.SET_PASSWORD, form, result, request, response, model);
	}

	private String showForm(String mode, AccountToken.Purpose purpose, @Nullable String token, Model model) {
		if (token == null || !this.passwords.isUsable(token, purpose)) {
			model.addAttribute("page", EmailRequestPage.unusableLink(EmailRequest.FORGOT_PASSWORD));
			return EMAIL_REQUEST_VIEW;
		}
		model.addAttribute("page", new PasswordPage(mode, token, FormErrors.none()));
		return PASSWORD_VIEW;
	}

	private String choose(String mode, AccountToken.Purpose purpose, PasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return switch (this.passwords.choose(form.token(), purpose, form.password())) {
			case Passwords.Outcome.Done done -> {
				this.sessionLogin.logIn(done.person(), request, response);
				yield "redirect:" + LoginConfiguration.AFTER_LOGIN;
			}
			case Passwords.Outcome.Refused refused -> {
				AccountForms.reject(result, "password", null, refused.problem());
				AccountForms.rejected(response);
				model.addAttribute("page",
						new PasswordPage(mode, (form.token() != null) ? form.token() : "", FormErrors.of(result)));
				yield PASSWORD_VIEW;
			}
			case Passwords.Outcome.LinkUnusable unusable -> {
				model.addAttribute("page", EmailRequestPage.unusableLink(EmailRequest.FORGOT_PASSWORD));
				yield EMAIL_REQUEST_VIEW;
			}
		};
	}

}
