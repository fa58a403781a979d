package org.kring.result.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Writing the toolbox and the legislation register needs someone signed in (a visitor is
 * sent to log in); reading them does not. Who may write the pages check.
 */
@Configuration(proxyBeanMethods = false)
public class ToolboxSecurity {

	@Bean
	SecurityRules toolboxSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.POST, "/communities/*/tools/**", "/tools/**",
					"/communities/*/legislation-tests/**", "/legislation-tests/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/communities/*/tools/new", "/tools/*/edit",
					"/communities/*/legislation-tests/new", "/legislation-tests/*/edit")
			.authenticated());
	}

}
