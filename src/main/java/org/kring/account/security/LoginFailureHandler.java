package org.kring.account.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;
import org.kring.system.web.CleanText;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed login back to the login page with the address that was typed and one
 * message that says nothing about whether the address has an account. Only someone who
 * gave the right password learns that the address still needs verifying. Wrong
 * combinations count towards the {@link LoginThrottle}.
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

	public static final String EMAIL = "email";

	public static final String PROBLEM = "problem";

	public static final String FAILED = "account.login.failed";

	static final String UNVERIFIED = "account.login.unverified";

	private final LoginThrottle throttle;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	LoginFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter(EMAIL);
		String problem = FAILED;
		if (exception instanceof DisabledException) {
			problem = UNVERIFIED;
		}
		else if (exception instanceof BadCredentialsException) {
			this.throttle.recordFailure(email, request.getRemoteAddr());
		}
		FlashMap flash = new FlashMap();
		flash.put(EMAIL, typed(email));
		flash.put(PROBLEM, problem);
		flash.setTargetRequestPath(LoginConfiguration.LOGIN_PAGE);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + LoginConfiguration.LOGIN_PAGE + "?error");
	}

	private static String typed(@Nullable String email) {
		String cleaned = CleanText.clean(email);
		if (cleaned == null) {
			return "";
		}
		cleaned = cleaned.strip();
		return (cleaned.length() > EmailAddresses.MAX_LENGTH) ? cleaned.substring(0, EmailAddresses.MAX_LENGTH)
				: cleaned;
	}

}
