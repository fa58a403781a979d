package org.kring.account.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kring.account.internal.Person;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a person in who proved who they are another way than with the login form: with a
 * login link or a password link. Does what the form login does: a new session id, a new
 * form token, and the signed-in person saved where the security chain looks for it.
 */
@Component
public class SessionLogin {

	private final SecurityContextRepository repository;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SessionAuthenticationStrategy session;

	SessionLogin(SecurityContextRepository repository, CsrfTokenRepository csrfTokens) {
		this.repository = repository;
		this.session = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
	}

	/**
	 * Logs a person in on the current request and its session.
	 * @param person the person, who may log in
	 * @param request the current request
	 * @param response the current response
	 */
	public void logIn(Person person, HttpServletRequest request, HttpServletResponse response) {
		SignedInPerson principal = SignedInPerson.of(person);
		principal.eraseCredentials();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		this.session.onAuthentication(authentication, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
