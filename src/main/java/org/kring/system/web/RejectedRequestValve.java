package org.kring.system.web;

import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.kring.system.security.SecurityHeaders;

/**
 * Replaces the servlet container's own error report, which would name the server, by
 * Kring's error page with its security headers. It only answers what no part of Kring
 * answered: every request that reaches the application gets its error page from
 * {@link ErrorPageController}.
 */
class RejectedRequestValve extends ErrorReportValve {

	private static final Log logger = LogFactory.getLog(RejectedRequestValve.class);

	private static final String PLAIN = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%d</title></head>"
			+ "<body><h1>%d</h1></body></html>";

	private final Supplier<RejectedRequestPages> pages;

	RejectedRequestValve(Supplier<RejectedRequestPages> pages) {
		this.pages = pages;
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			String html = page(request, status);
			SecurityHeaders.applyTo(response);
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html);
				response.finishResponse();
			}
		}
		catch (Exception ex) {
			logger.warn("Could not write the error page of a rejected request", ex);
		}
	}

	private String page(Request request, int status) {
		try {
			return this.pages.get().render(request, status);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not render the error page of a rejected request", ex);
			return PLAIN.formatted(status, status);
		}
	}

}
