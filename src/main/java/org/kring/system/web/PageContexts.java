package org.kring.system.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.kring.system.KringPrincipal;
import org.kring.system.KringProperties;

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

	PageContexts(MessageSource messages, KringProperties properties, Environment environment) {
		this.messages = messages;
		this.properties = properties;
		this.development = environment.acceptsProfiles(Profiles.of("dev"));
	}

	PageContext of(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String displayName = null;
		boolean administrator = false;
		if (authentication != null && authentication.getPrincipal() instanceof KringPrincipal principal) {
			displayName = principal.displayName();
			administrator = authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		}
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		String notice = (flash != null && flash.get(PageContext.NOTICE) instanceof String key) ? key : null;
		return new PageContext(RequestContextUtils.getLocale(request), this.messages, this.properties.name(),
				request.getRequestURI(), (csrf != null) ? csrf.getParameterName() : null,
				(csrf != null) ? csrf.getToken() : null, displayName, administrator, this.development, notice);
	}

}
