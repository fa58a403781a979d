package org.kring.meeting.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only a signed-in person closes a meeting: a visitor is sent to the login page and back.
 * The closing page itself answers 404 to whoever may not read the meeting and 403 to
 * readers who do not facilitate it. Public so that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class MeetingClosingSecurity {

	@Bean
	SecurityRules meetingClosingSecurityRules() {
		return (http) -> http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/meetings/*/close").authenticated());
	}

}
