package org.kring.notification.web;

import org.kring.notification.internal.Unsubscriptions;
import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notifications are for signed-in people only: a visitor is sent to log in and comes
 * back. Each person reaches only their own, which the controller checks. The one-click
 * unsubscribe links of the mails are the exception: open to anyone who has one, and
 * posted to without a form token, as mail programs do (RFC 8058). Public so that web
 * slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationSecurity {

	private static final String UNSUBSCRIBE = Unsubscriptions.PATH + "*";

	@Bean
	SecurityRules notificationSecurityRules() {
		return (http) -> {
			http.csrf((csrf) -> csrf.ignoringRequestMatchers(UNSUBSCRIBE));
			http.authorizeHttpRequests((requests) -> requests.requestMatchers(UNSUBSCRIBE)
				.permitAll()
				.requestMatchers("/notifications", "/notifications/**")
				.authenticated());
		};
	}

}
