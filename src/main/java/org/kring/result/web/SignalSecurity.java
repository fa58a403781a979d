package org.kring.result.web;

import org.kring.system.security.SecurityRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The authority's personal link and what it posts need no login: the secret in the link
 * is the permission. Writing, sending and following up signals needs someone signed in (a
 * visitor is sent to log in); who may do it the pages themselves check. Public so that
 * web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class SignalSecurity {

	@Bean
	SecurityRules signalSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests.requestMatchers("/signals/respond/**")
			.permitAll()
			.requestMatchers("/communities/*/signals/new", "/signals/*/edit")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/signals/*/send", "/signals/*/follow-up")
			.authenticated());
	}

}
