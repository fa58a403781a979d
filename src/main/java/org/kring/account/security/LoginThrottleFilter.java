package org.kring.account.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt with 429 Too Many Requests while the {@link LoginThrottle} says
 * so, before the password is even looked at: the right password does not get through
 * during the window either.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final RequestMatcher loginAttempt = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, LoginConfiguration.LOGIN_PAGE);

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.loginAttempt.matches(request) && this.throttle
			.isThrottled(request.getParameter(LoginFailureHandler.EMAIL), request.getRemoteAddr())) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(LoginThrottle.WINDOW.toSeconds()));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
