package org.kring.system.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the {@link SecurityHeaders} on a response before anything else runs, so that even
 * a request the security filter chain rejects outright (a malformed path, say) gets them.
 */
class SecurityHeadersFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (response instanceof HttpServletResponse http) {
			SecurityHeaders.applyTo(http);
		}
		chain.doFilter(request, response);
	}

}
