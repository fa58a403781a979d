package org.kring.meeting.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Acting on a theme agenda needs someone signed in (a visitor is sent to log in); reading
 * it does not. Who may do what the agenda itself checks.
 */
@Configuration(proxyBeanMethods = false)
public class AgendaSecurity {

	@Bean
	SecurityRules agendaSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.POST, "/communities/*/agenda", "/communities/*/agenda/**")
			.authenticated());
	}

}
