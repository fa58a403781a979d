package org.kring.result.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the {@link SignalSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignalSettings.class)
class SignalConfiguration {

}
