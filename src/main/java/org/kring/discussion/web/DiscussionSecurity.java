package org.kring.discussion.web;

import org.kring.system.security.SecurityRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Starting a thread, editing a post, every form of the discussions and every page of
 * their moderation need someone signed in (a visitor is sent to log in); reading needs
 * nobody, and who may do what the pages themselves check. Public so that web slices can
 * import it.
 */
@Configuration(proxyBeanMethods = false)
public class DiscussionSecurity {

	@Bean
	SecurityRules discussionSecurityRules() {
		return (http) -> http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/communities/*/discussions/new", "/communities/*/discussions/*/posts/*/edit")
			.authenticated()
			.requestMatchers("/moderation", "/communities/*/moderation", "/communities/*/moderation/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/communities/*/discussions/**")
			.authenticated());
	}

}
