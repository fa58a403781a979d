package org.kring.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.kring.account.internal.Person;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The web sessions in which a person is signed in, wherever they are (sessions live in
 * the database, indexed by the principal's name, which is the e-mail address): keeps the
 * current one up to date after a change and ends the others after a change that should
 * sign the person out everywhere.
 */
@Component
public class SignedInSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts;

	SignedInSessions(FindByIndexNameSessionRepository<?> sessions, SecurityContextRepository contexts) {
		this.sessions = sessions;
		this.contexts = contexts;
	}

	/**
	 * Puts the person as they are now into the current request's security context and
	 * session, so that the page header and the interface language follow at once.
	 * @param person the person as just saved
	 * @param request the current request
	 * @param response the current response
	 */
	public void refresh(Person person, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = this.holder.getContext().getAuthentication();
		if (current == null) {
			return;
		}
		SignedInPerson principal = SignedInPerson.of(person);
		principal.eraseCredentials();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(current.toBuilder().principal(principal).build());
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * Ends every session signed in under a principal name, except one.
	 * @param principalName the name the sessions are indexed by (the e-mail address the
	 * person logged in with)
	 * @param keep the id of the session to keep, or null to end them all
	 * @return how many sessions were ended
	 */
	public int endAll(@Nullable String principalName, @Nullable String keep) {
		if (principalName == null || principalName.isEmpty()) {
			return 0;
		}
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(principalName).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	/**
	 * Signs the current request out: its session is invalidated and its security context
	 * cleared.
	 * @param request the current request
	 * @param response the current response
	 */
	public void signOut(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, this.holder.getContext().getAuthentication());
	}

	public static @Nullable String currentSessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

}
