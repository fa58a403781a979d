package org.kring.meeting.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The settings of series planning.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SeriesPlanningSettings.class)
class SeriesPlanningConfiguration {

}
