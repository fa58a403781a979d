package org.kring.community.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starting and editing a community need someone signed in (a visitor is sent to log in);
 * who exactly may do it the controllers and services check. Public so that
 * {@code @WebMvcTest} slices of the community pages can import it.
 */
@Configuration(proxyBeanMethods = false)
public class CommunitySecurityConfiguration {

	@Bean
	SecurityRules communitySecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/communities/new", "/communities/*/edit", "/communities/*/approve",
					"/communities/*/decline")
			.authenticated());
	}

}
