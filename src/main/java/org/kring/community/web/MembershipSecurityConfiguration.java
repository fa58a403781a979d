package org.kring.community.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two addresses that only exist to send a visitor through the login page and back: to
 * an invitation, and to a community they want to join. Every other membership page checks
 * who may see it itself, so that a secret community answers 404 to everyone outside it,
 * visitors included. Public so that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class MembershipSecurityConfiguration {

	@Bean
	SecurityRules membershipSecurityRules() {
		return (http) -> http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/invitations/*/login", "/communities/*/membership/login")
					.authenticated());
	}

}
