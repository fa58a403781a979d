package org.kring.meeting.web;

import org.kring.system.security.SecurityRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only a signed-in person plans meetings: a visitor is sent to the login page and back.
 * The pages check who may plan themselves. Public so that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class MeetingPlanSecurity {

	@Bean
	SecurityRules meetingPlanSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/communities/*/meetings/new", "/communities/*/series/new", "/series/*",
					"/meetings/*/edit", "/meetings/*/cancel")
			.authenticated());
	}

}
