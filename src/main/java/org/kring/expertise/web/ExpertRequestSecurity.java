package org.kring.expertise.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Expert participation requests are for signed-in people only; a visitor is sent to log
 * in and comes back to the request the mail linked to. Who may see or answer which
 * request the controllers check. Public so that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class ExpertRequestSecurity {

	@Bean
	SecurityRules expertRequestSecurityRules() {
		return (http) -> http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/experts/requests", "/experts/requests/**").authenticated());
	}

}
