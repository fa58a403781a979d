package org.kring.system.web;

import java.util.HashMap;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.View;

/**
 * Renders one jte template with the controller's model plus the request's
 * {@link PageContext} under the name {@code ctx}.
 */
class JteView implements View {

	static final String CONTENT_TYPE = "text/html;charset=UTF-8";

	private final TemplateEngine engine;

	private final String template;

	private final PageContexts contexts;

	JteView(TemplateEngine engine, String template, PageContexts contexts) {
		this.engine = engine;
		this.template = template;
		this.contexts = contexts;
	}

	@Override
	public String getContentType() {
		return CONTENT_TYPE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Map<String, Object> params = (model != null) ? new HashMap<>(model) : new HashMap<>();
		params.put("ctx", this.contexts.of(request));
		Utf8ByteOutput output = new Utf8ByteOutput();
		this.engine.render(this.template, params, output);
		response.setContentType(CONTENT_TYPE);
		response.setContentLength(output.getContentLength());
		output.writeTo(response.getOutputStream());
	}

}
