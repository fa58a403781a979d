package org.kring.account.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the accounts need from the platform: the password hashing and the clock. Public so
 * that {@code @WebMvcTest} slices of the account pages can import it.
 */
@Configuration(proxyBeanMethods = false)
public class AccountConfiguration {

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

}
