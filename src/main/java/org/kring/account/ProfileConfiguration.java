package org.kring.account;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
class ProfileConfiguration {

	/**
	 * Sends a visitor who opens a page of their account without being signed in to the
	 * login page, which brings them back afterwards.
	 */
	@Bean
	SecurityRules profileSecurityRules() {
		return (http) -> http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				new LoginUrlAuthenticationEntryPoint("/login"), PathPatternRequestMatcher.pathPattern("/account/**")));
	}

}
