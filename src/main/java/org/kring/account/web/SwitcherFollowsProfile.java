package org.kring.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kring.account.internal.AccountSettings;
import org.kring.account.internal.Person;
import org.kring.account.security.SignedInPerson;
import org.kring.account.security.SignedInSessions;
import org.kring.system.web.LanguageChoice;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * When a signed-in person who chose a language in their profile picks another one with
 * the language switcher, the profile follows: their setting would otherwise keep winning.
 * People who left the language to their browser keep doing so; the switcher's cookie
 * speaks for them.
 */
@Component
class SwitcherFollowsProfile implements LanguageChoice {

	private final AccountSettings settings;

	private final SignedInSessions sessions;

	SwitcherFollowsProfile(AccountSettings settings, SignedInSessions sessions) {
		this.settings = settings;
		this.sessions = sessions;
	}

	@Override
	public void chosen(Locale language, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson me
				&& me.preferredLanguage() != null && !language.equals(me.preferredLanguage())) {
			Person person = this.settings.chooseLanguage(me.id(), language);
			this.sessions.refresh(person, request, response);
		}
	}

}
