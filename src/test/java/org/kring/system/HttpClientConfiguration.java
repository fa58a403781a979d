package org.kring.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * A plain HTTP client pointed at the running {@link SystemTest} application, made when a
 * test first asks for it, once the server has its port.
 */
@TestConfiguration(proxyBeanMethods = false)
class HttpClientConfiguration {

	@Bean
	@Lazy
	Http http(Environment environment) {
		return new Http(environment.getRequiredProperty("local.server.port", Integer.class));
	}

}
