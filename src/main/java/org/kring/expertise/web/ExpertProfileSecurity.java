package org.kring.expertise.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only a signed-in person edits an expert profile, their own: a visitor is sent to the
 * login page and back. Profile pages check who may read them themselves, so that a
 * profile someone may not see answers 404 like one that does not exist. Public so that
 * web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class ExpertProfileSecurity {

	@Bean
	SecurityRules expertProfileSecurityRules() {
		return (http) -> http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/experts/profile", "/experts/profile/**").authenticated());
	}

}
