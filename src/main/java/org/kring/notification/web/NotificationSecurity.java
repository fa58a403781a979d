package org.kring.notification.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notifications are for signed-in people only: a visitor is sent to log in and comes
 * back. Each person reaches only their own, which the controller checks. Public so that
 * web slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationSecurity {

	@Bean
	SecurityRules notificationSecurityRules() {
		return (http) -> http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/notifications", "/notifications/**").authenticated());
	}

}
