package org.kring.account;

import java.time.Clock;

import org.kring.system.security.SecurityRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/**
	 * Argon2id with the parameters Spring Security recommends (OWASP's minimum: 19 MiB,
	 * two iterations).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	SecurityRules accountSecurityRules() {
		return (http) -> http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/account", "/account/**").authenticated());
	}

}
