package org.kring.system.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A module's contribution to the one security filter chain: its own filters, login
 * mechanisms and path rules. Applied before the chain's closing rules, in bean order.
 */
@FunctionalInterface
public interface SecurityRules {

	/**
	 * Adds this module's rules.
	 * @param http the chain being built
	 * @throws Exception as Spring Security's configurers do
	 */
	void apply(HttpSecurity http) throws Exception;

}
