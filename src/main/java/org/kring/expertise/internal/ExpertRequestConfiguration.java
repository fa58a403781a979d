package org.kring.expertise.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the settings of expert participation requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExpertRequestSettings.class)
class ExpertRequestConfiguration {

}
