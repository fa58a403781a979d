package org.kring.expertise.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The recruitment settings, the scheduler that runs the reminder, and the background
 * threads on which module listeners ({@code @ApplicationModuleListener}) react to events
 * after their transaction has committed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecruitmentSettings.class)
@EnableScheduling
@EnableAsync
class RecruitmentConfiguration {

}
