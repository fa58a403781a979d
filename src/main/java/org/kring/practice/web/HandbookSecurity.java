package org.kring.practice.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handbook needs someone signed in: a visitor is sent to log in. Whether they may
 * make handbooks the pages check.
 */
@Configuration(proxyBeanMethods = false)
public class HandbookSecurity {

	@Bean
	SecurityRules handbookSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HandbookController.PATH, HandbookController.PATH + "/**", HandbookController.PDF)
			.authenticated());
	}

}
