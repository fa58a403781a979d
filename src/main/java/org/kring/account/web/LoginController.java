package org.kring.account.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kring.account.internal.LoginLinks;
import org.kring.account.security.LoginConfiguration;
import org.kring.account.security.LoginFailureHandler;
import org.kring.account.security.SessionLogin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The login page (the form posts to the security chain) and logging in with a link sent
 * by e-mail.
 */
@Controller
class LoginController {

	static final String LOGIN_VIEW = "account/login";

	static final String LOGIN_LINK_VIEW = "account/login-link";

	private final LoginLinks loginLinks;

	private final SessionLogin sessionLogin;

	LoginController(LoginLinks loginLinks, SessionLogin sessionLogin) {
		this.loginLinks = loginLinks;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) @Nullable String error, HttpServletRequest request,
			Model model) {
		Map<String, ?> failed = RequestContextUtils.getInputFlashMap(request);
		String email = "";
		String problem = (error != null) ? LoginFailureHandler.FAILED : null;
		if (failed != null) {
			if (failed.get(LoginFailureHandler.EMAIL) instanceof String typed) {
				email = typed;
			}
			if (failed.get(LoginFailureHandler.PROBLEM) instanceof String key) {
				problem = key;
			}
		}
		model.addAttribute("page", new LoginPage(email, problem));
		return LOGIN_VIEW;
	}

	@GetMapping("/login/link")
	String linkForm(Model model) {
		return EmailRequestForms.form(EmailRequest.LOGIN_LINK, model);
	}

	@PostMapping("/login/link")
	String requestLink(@Valid EmailForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response) {
		return EmailRequestForms.submit(EmailRequest.LOGIN_LINK, form, result, model, response,
				(email) -> this.loginLinks.request(email, locale));
	}

	@GetMapping("/login/link/sent")
	String linkSent(Model model) {
		return EmailRequestForms.checkMail(EmailRequest.LOGIN_LINK, model);
	}

	@GetMapping("/login/link/confirm")
	String confirmLink(@RequestParam(name = "token", required = false) @Nullable String token, Model model) {
		if (token == null || !this.loginLinks.isUsable(token)) {
			return EmailRequestForms.unusableLink(EmailRequest.LOGIN_LINK, model);
		}
		model.addAttribute("page", new LoginLinkPage(token));
		return LOGIN_LINK_VIEW;
	}

	@PostMapping("/login/link/confirm")
	String logInWithLink(@RequestParam(name = "token", required = false) @Nullable String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		var person = this.loginLinks.redeem(token);
		if (person.isEmpty()) {
			return EmailRequestForms.unusableLink(EmailRequest.LOGIN_LINK, model);
		}
		this.sessionLogin.logIn(person.get(), request, response);
		return "redirect:" + LoginConfiguration.AFTER_LOGIN;
	}

}
