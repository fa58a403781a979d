package org.kring.practice.web;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation's pages need someone signed in (a visitor is sent to log in); who may do
 * what the pages check. The criteria live under {@code /admin}, for administrators.
 */
@Configuration(proxyBeanMethods = false)
public class PracticeReviewSecurity {

	@Bean
	SecurityRules practiceReviewSecurityRules() {
		return (http) -> http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/practices/evaluation", "/practices/reviews", "/practices/*/reviewers",
						"/practices/*/reviewers/**", "/practices/*/review", "/practices/*/decision/**")
				.authenticated());
	}

}
