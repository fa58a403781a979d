package org.kring.system.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Chooses the interface language: the person's own setting, else the language switcher's
 * cookie, else the browser's Accept-Language, else the instance default.
 */
class KringLocaleResolver implements LocaleResolver {

	static final String COOKIE = "kring_lang";

	private final Locale defaultLanguage;

	KringLocaleResolver(Locale defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = fromPrincipal();
		if (chosen == null) {
			chosen = fromCookie(request);
		}
		if (chosen == null) {
			chosen = fromBrowser(request);
		}
		return (chosen != null) ? chosen : this.defaultLanguage;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (response == null || locale == null || !Languages.isSupported(locale)) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private @Nullable Locale fromPrincipal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KringPrincipal principal) {
			Locale preferred = principal.preferredLanguage();
			if (preferred != null && Languages.isSupported(preferred)) {
				return supported(preferred);
			}
		}
		return null;
	}

	private static @Nullable Locale fromCookie(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(cookie.getValue());
		return Languages.isSupported(locale) ? supported(locale) : null;
	}

	private static @Nullable Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return null;
		}
		var requested = request.getLocales();
		while (requested.hasMoreElements()) {
			Locale locale = requested.nextElement();
			if (Languages.isSupported(locale)) {
				return supported(locale);
			}
		}
		return null;
	}

	private static Locale supported(Locale locale) {
		return Languages.SUPPORTED.stream()
			.map(Languages.Language::locale)
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElseThrow();
	}

}
