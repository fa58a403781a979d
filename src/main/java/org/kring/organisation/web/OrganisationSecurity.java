package org.kring.organisation.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach which organisation pages: everyone reads; signed-in people say they
 * belong to one; administrators and coordinators change them. The controllers check the
 * same again. Public so that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class OrganisationSecurity {

	@Bean
	SecurityRules organisationSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/organisations/new", "/organisations/*/edit", "/organisations/*/relations",
					"/organisations/*/relations/**")
			.hasAnyRole("ADMIN", "COORDINATOR")
			.requestMatchers("/organisations/*/affiliation", "/organisations/*/affiliation/**")
			.authenticated());
	}

}
