package org.kring.system.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link FileSettings}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileSettings.class)
class FileConfiguration {

}
