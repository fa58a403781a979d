package org.kring.expertise.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one recruitment address that only exists to send a visitor through the login page
 * and back to an invitation. The board and the nomination forms check who may use them
 * themselves, so that a secret community answers 404 to everyone outside it. Public so
 * that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class RecruitmentSecurityConfiguration {

	@Bean
	SecurityRules recruitmentSecurityRules() {
		return (http) -> http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/recruitment/invitations/*/login").authenticated());
	}

}
