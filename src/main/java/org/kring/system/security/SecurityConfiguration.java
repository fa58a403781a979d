package org.kring.system.security;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security filter chain: secure headers on every response, a CSRF token on every
 * form, public reading by default and each module's own rules on top. Public so that
 * {@code @WebMvcTest} slices of every module can import it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

	/** The cookie that carries the form token. */
	static final String CSRF_COOKIE = "KRING_CSRF";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SecurityRules> moduleRules,
			CsrfTokenRepository csrfTokenRepository) throws Exception {
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository));
		// Operational endpoints are refused outright, not answered with a login page.
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				(request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN),
				PathPatternRequestMatcher.pathPattern("/actuator/**")));
		for (SecurityRules rules : moduleRules.orderedStream().toList()) {
			rules.apply(http);
		}
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll());
		return http.build();
	}

	/**
	 * The form token lives in its own cookie rather than in the session, so that reading
	 * a public page never creates a session row in the database: only signing in does.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(CSRF_COOKIE);
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

}
