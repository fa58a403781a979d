package org.kring.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every module may inject whatever its capability: the clock. (The settings are
 * enabled by the web configuration, which web slices load too.)
 */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/**
	 * The time every module reads, in UTC; tests that need time to pass declare their
	 * own.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
