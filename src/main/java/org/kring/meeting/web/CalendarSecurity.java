package org.kring.meeting.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only a signed-in person manages their personal feed: a visitor is sent to the login
 * page and back. The feed itself, at its secret address, is read without signing in, as
 * calendar programs do; the other calendar files check who may read them themselves.
 * Public so that web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarSecurity {

	@Bean
	SecurityRules calendarSecurityRules() {
		return (http) -> http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/calendar/feed", "/calendar/feed/**").authenticated());
	}

}
