package org.kring.result.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of the mails to action owners. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActionMailSettings.class)
class ActionMailConfiguration {

}
