package org.kring.practice.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Writing practices needs someone signed in (a visitor is sent to log in); reading them
 * does not. Who may read or change each practice the pages check.
 */
@Configuration(proxyBeanMethods = false)
public class PracticeSecurity {

	@Bean
	SecurityRules practiceSecurityRules() {
		return (http) -> http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/practices/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/practices/new", "/practices/*/edit")
				.authenticated());
	}

}
