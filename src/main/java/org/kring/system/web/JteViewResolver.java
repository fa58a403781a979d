package org.kring.system.web;

import java.util.Locale;

import gg.jte.TemplateEngine;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Resolves a view name such as {@code account/login} to the template
 * {@code src/main/jte/account/login.jte}; redirects and forwards are left to Spring MVC.
 */
class JteViewResolver implements ViewResolver, Ordered {

	private final TemplateEngine engine;

	private final PageContexts contexts;

	JteViewResolver(TemplateEngine engine, PageContexts contexts) {
		this.engine = engine;
		this.contexts = contexts;
	}

	@Override
	public @Nullable View resolveViewName(String viewName, Locale locale) {
		if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
			return null;
		}
		String template = viewName + ".jte";
		if (!this.engine.hasTemplate(template)) {
			return null;
		}
		return new JteView(this.engine, template, this.contexts);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
