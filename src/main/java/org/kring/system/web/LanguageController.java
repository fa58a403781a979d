package org.kring.system.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switcher: remembers the chosen language in a cookie and returns to the
 * page the person was on.
 */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	LanguageController(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@PostMapping("/language")
	String choose(@RequestParam("lang") String lang, @RequestParam(name = "return", defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		this.localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
		return "redirect:" + LocalPaths.safe(back);
	}

}
