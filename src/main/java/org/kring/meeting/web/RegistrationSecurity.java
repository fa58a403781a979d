package org.kring.meeting.web;

import org.kring.system.security.SecurityRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registering oneself, registering others by nickname, cancelling from the meeting's page
 * and recording attendance need a signed-in person: a visitor is sent to the login page.
 * Visitors register for public meetings with their own form, and the links in
 * registration mails need no login. Public so that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class RegistrationSecurity {

	@Bean
	SecurityRules registrationSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/meetings/*/registration", "/meetings/*/registration/cancel",
					"/meetings/*/registration/nickname", "/meetings/*/attendance", "/meetings/*/attendance/**")
			.authenticated());
	}

}
