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
import org.kring.account.security.SignedInSessions;
import org.kring.system.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgotten passwords: asking for a link, and choosing a new password through it
 * ({@code /password/reset}); the first administrator chooses theirs the same way
 * ({@code /password/set}).
 */
@Controller
class PasswordController {

	static final String PASSWORD_VIEW = "account/password";

	private static final String SET = "set";

	private final Passwords passwords;

	private final SessionLogin sessionLogin;

	private final SignedInSessions sessions;

	PasswordController(Passwords passwords, SessionLogin sessionLogin, SignedInSessions sessions) {
		this.sessions = sessions;
		this.passwords = passwords;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		return EmailRequestForms.form(EmailRequest.FORGOT_PASSWORD, model);
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid EmailForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response) {
		return EmailRequestForms.submit(EmailRequest.FORGOT_PASSWORD, form, result, model, response,
				(email) -> this.passwords.requestReset(email, locale));
	}

	@GetMapping("/password/forgot/sent")
	String forgotSent(Model model) {
		return EmailRequestForms.checkMail(EmailRequest.FORGOT_PASSWORD, model);
	}

	@GetMapping("/password/{mode:reset|set}")
	String passwordForm(@PathVariable String mode,
			@RequestParam(name = "token", required = false) @Nullable String token, Model model) {
		if (token == null || !this.passwords.isUsable(token, purpose(mode))) {
			return EmailRequestForms.unusableLink(EmailRequest.FORGOT_PASSWORD, model);
		}
		model.addAttribute("page", new PasswordPage(mode, token, FormErrors.none()));
		return PASSWORD_VIEW;
	}

	@PostMapping("/password/{mode:reset|set}")
	String choose(@PathVariable String mode, PasswordForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return switch (this.passwords.choose(form.token(), purpose(mode), form.password())) {
			case Passwords.Outcome.Done done -> {
				this.sessionLogin.logIn(done.person(), request, response);
				// whoever else was signed in, perhaps with the old password, is signed
				// out
				this.sessions.endAll(done.person().email(), SignedInSessions.currentSessionId(request));
				yield "redirect:" + LoginConfiguration.AFTER_LOGIN;
			}
			case Passwords.Outcome.Refused refused -> {
				AccountForms.reject(result, "password", null, refused.problem());
				AccountForms.rejected(response);
				model.addAttribute("page",
						new PasswordPage(mode, (form.token() != null) ? form.token() : "", FormErrors.of(result)));
				yield PASSWORD_VIEW;
			}
			case Passwords.Outcome.LinkUnusable unusable ->
				EmailRequestForms.unusableLink(EmailRequest.FORGOT_PASSWORD, model);
		};
	}

	private static AccountToken.Purpose purpose(String mode) {
		return SET.equals(mode) ? AccountToken.Purpose.SET_PASSWORD : AccountToken.Purpose.RESET_PASSWORD;
	}

}
