package org.kring.library.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The translations a visitor asked for in this session: a visitor has no name to count
 * once, so the session does, and a visitor who wants to count twice must at least start
 * afresh. At most {@value #MAX} requests per session.
 */
final class TranslationAsked {

	static final int MAX = 20;

	private static final String ATTRIBUTE = TranslationAsked.class.getName();

	private TranslationAsked() {
	}

	static boolean already(HttpServletRequest request, UUID publicationId, String language) {
		HttpSession session = request.getSession(false);
		return session != null && asked(session).contains(publicationId + ":" + language);
	}

	/**
	 * Remembers a visitor's request.
	 * @return false when they asked already or too often in this session
	 */
	static boolean remember(HttpServletRequest request, UUID publicationId, String language) {
		Set<String> asked = asked(request.getSession(true));
		if (asked.size() >= MAX) {
			return false;
		}
		boolean added = asked.add(publicationId + ":" + language);
		request.getSession().setAttribute(ATTRIBUTE, asked);
		return added;
	}

	@SuppressWarnings("unchecked")
	private static Set<String> asked(HttpSession session) {
		Object asked = session.getAttribute(ATTRIBUTE);
		return (asked instanceof Set<?> set) ? new HashSet<>((Set<String>) set) : new HashSet<>();
	}

}
