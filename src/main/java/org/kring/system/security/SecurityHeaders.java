package org.kring.system.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, whatever answers it: a page, a static file, an
 * error page, or a request the servlet container refused before any of Kring saw it.
 */
public final class SecurityHeaders {

	/** Only this site's own scripts, styles, images and forms; no framing. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/** Full addresses only to this site; other sites learn nothing of the page. */
	public static final String REFERRER_POLICY = "same-origin";

	private SecurityHeaders() {
	}

	/**
	 * Sets the headers that are not set yet.
	 * @param response the response to complete
	 */
	public static void applyTo(HttpServletResponse response) {
		setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "Referrer-Policy", REFERRER_POLICY);
	}

	private static void setIfAbsent(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
