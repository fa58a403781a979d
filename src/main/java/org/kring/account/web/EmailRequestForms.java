package org.kring.account.web;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.kring.system.web.FormErrors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The steps every {@link EmailRequest} goes through, whichever controller answers it: the
 * form that asks for the address, its answer, the page that says to check the mail, and
 * the page of a link that no longer works, which offers a new one.
 */
final class EmailRequestForms {

	static final String FORM_VIEW = "account/email-request";

	static final String CHECK_MAIL_VIEW = "account/check-mail";

	private EmailRequestForms() {
	}

	static String form(EmailRequest request, Model model) {
		model.addAttribute("page", EmailRequestPage.blank(request));
		return FORM_VIEW;
	}

	/**
	 * Sends what was asked for and leads to "check your mail" when the address will do;
	 * shows the form again with its problem when it will not.
	 * @param send sends what was asked for to the address as typed
	 */
	static String submit(EmailRequest request, EmailForm form, BindingResult result, Model model,
			HttpServletResponse response, Consumer<String> send) {
		AccountForms.checkEmail(form.email(), result);
		String email = form.email();
		if (result.hasErrors() || email == null) {
			AccountForms.rejected(response);
			model.addAttribute("page", new EmailRequestPage(request, false, form, FormErrors.of(result)));
			return FORM_VIEW;
		}
		send.accept(email);
		return "redirect:" + request.sent();
	}

	static String checkMail(EmailRequest request, Model model) {
		model.addAttribute("page", new CheckMailPage(request));
		return CHECK_MAIL_VIEW;
	}

	static String unusableLink(EmailRequest request, Model model) {
		model.addAttribute("page", EmailRequestPage.unusableLink(request));
		return FORM_VIEW;
	}

}
