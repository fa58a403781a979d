package org.kring.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the accounts hash passwords: Argon2id. Public so that {@code @WebMvcTest} slices of
 * the account pages can import it.
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

}
