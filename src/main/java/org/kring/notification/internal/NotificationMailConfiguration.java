package org.kring.notification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of notifications by e-mail. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationMailSettings.class)
class NotificationMailConfiguration {

}
