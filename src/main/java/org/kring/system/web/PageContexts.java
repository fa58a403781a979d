package org.kring.system.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Builds the {@link PageContext} of one request.
 */
class PageContexts {

	private final MessageSource messages;

	private final KringProperties properties;

	private final boolean development;

	private final ObjectProvider<UnreadNotifications> unread;

	PageContexts(MessageSource messages, KringProperties properties, Environment environment,
			ObjectProvider<UnreadNotifications> unread) {
		this.messages = messages;
		this.properties = properties;
		this.development = environment.acceptsProfiles(Profiles.of("dev"));
		this.unread = unread;
	}

	PageContext of(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String displayName = null;
		boolean administrator = false;
		Supplier<@Nullable Long> bell = PageContexts::noBell;
		if (authentication != null && authentication.getPrincipal() instanceof KringPrincipal principal) {
			displayName = principal.displayName();
			bell = bell(request, principal);
			administrator = authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		}
		return of(request, RequestContextUtils.getLocale(request), csrf, displayName, administrator, bell);
	}

	/**
	 * The bell's count, asked only when the page shows it; an error page shows none, so
	 * that a failing database does not fail it too.
	 */
	private Supplier<@Nullable Long> bell(HttpServletRequest request, KringPrincipal principal) {
		UnreadNotifications counter = this.unread.getIfAvailable();
		if (counter == null || request.getDispatcherType() == DispatcherType.ERROR) {
			return PageContexts::noBell;
		}
		return () -> counter.of(principal.id());
	}

	private static @Nullable Long noBell() {
		return null;
	}

	/**
	 * The context of a page the servlet container itself reports (a request it could not
	 * parse), with no form token and nobody signed in.
	 * @param request the rejected request
	 * @param locale the language to answer in
	 * @return the context
	 */
	PageContext ofRejected(HttpServletRequest request, Locale locale) {
		return of(request, locale, null, null, false, PageContexts::noBell);
	}

	private PageContext of(HttpServletRequest request, Locale locale, @Nullable CsrfToken csrf,
			@Nullable String displayName, boolean administrator, Supplier<@Nullable Long> bell) {
		String path = path(request);
		String query = (request.getDispatcherType() == DispatcherType.ERROR) ? null : request.getQueryString();
		String returnPath = LocalPaths.safe((query != null) ? path + "?" + query : path);
		return new PageContext(locale, this.messages, this.properties.name(), path, returnPath,
				(csrf != null) ? csrf.getParameterName() : null, (csrf != null) ? csrf.getToken() : null, displayName,
				administrator, this.development, notice(request), bell);
	}

	private static @Nullable String notice(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return (flash != null && flash.get(PageContext.NOTICE) instanceof String key) ? key : null;
	}

	private static String path(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			return failed;
		}
		String uri = request.getRequestURI();
		return (uri != null) ? uri : "/";
	}

}
