package org.kring.library.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Writing the library needs someone signed in (a visitor is sent to log in); reading it
 * and asking for a translation do not. Who may write the pages check.
 */
@Configuration(proxyBeanMethods = false)
public class LibrarySecurity {

	@Bean
	SecurityRules librarySecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.POST, "/publications/*/translation-requests")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/publications/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/publications/new", "/publications/*/edit",
					"/publications/*/versions/new", "/publications/*/translations/new", "/publications/*/curriculum")
			.authenticated());
	}

}
