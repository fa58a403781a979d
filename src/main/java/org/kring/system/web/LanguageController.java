package org.kring.system.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The language switcher: remembers the chosen language in a cookie and returns to the
 * page the person was on. A language Kring does not offer is ignored; a return address
 * off this site becomes the home page.
 */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	private final ObjectProvider<LanguageChoice> choices;

	LanguageController(LocaleResolver localeResolver, ObjectProvider<LanguageChoice> choices) {
		this.localeResolver = localeResolver;
		this.choices = choices;
	}

	@PostMapping("/language")
	RedirectView choose(@RequestParam("lang") String lang,
			@RequestParam(name = "return", defaultValue = "/") String back, HttpServletRequest request,
			HttpServletResponse response) {
		Locale language = Locale.forLanguageTag(lang);
		if (Languages.isSupported(language)) {
			this.localeResolver.setLocale(request, response, language);
			this.choices.orderedStream().forEach((choice) -> choice.chosen(language, request, response));
		}
		return redirectTo(LocalPaths.safe(back));
	}

	/**
	 * A redirect that takes the path literally: braces in it are not template variables.
	 */
	private static RedirectView redirectTo(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setExpandUriTemplateVariables(false);
		redirect.setExposeModelAttributes(false);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

}
