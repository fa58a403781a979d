package org.kring.result.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Changing an action agenda needs someone signed in (a visitor is sent to log in);
 * reading it does not. Who may do what the agenda itself checks.
 */
@Configuration(proxyBeanMethods = false)
public class ActionSecurity {

	@Bean
	SecurityRules actionSecurityRules() {
		return (http) -> http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(HttpMethod.POST, "/communities/*/actions/new", "/actions/**")
					.authenticated()
					.requestMatchers(HttpMethod.GET, "/communities/*/actions/new", "/actions/*/edit")
					.authenticated());
	}

}
