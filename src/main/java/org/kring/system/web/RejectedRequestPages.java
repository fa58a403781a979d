package org.kring.system.web;

import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The error page for requests the servlet container refuses before they reach Kring (a
 * path it cannot decode, say): the same page as every other error, in the person's
 * language.
 */
class RejectedRequestPages {

	private final TemplateEngine engine;

	private final PageContexts contexts;

	private final LocaleResolver localeResolver;

	RejectedRequestPages(TemplateEngine engine, PageContexts contexts, LocaleResolver localeResolver) {
		this.engine = engine;
		this.contexts = contexts;
		this.localeResolver = localeResolver;
	}

	String render(HttpServletRequest request, int status) {
		Locale locale = this.localeResolver.resolveLocale(request);
		StringOutput output = new StringOutput();
		this.engine.render(ErrorPageController.VIEW + ".jte",
				Map.of("ctx", this.contexts.ofRejected(request, locale), "page", ErrorPage.of(status)), output);
		return output.toString();
	}

}
