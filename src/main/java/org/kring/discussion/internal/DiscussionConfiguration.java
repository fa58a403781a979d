package org.kring.discussion.internal;

import org.kring.system.KringProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the {@link DiscussionSettings} and makes the instance's {@link PostText}: images
 * under the instance's own address are its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiscussionSettings.class)
class DiscussionConfiguration {

	@Bean
	PostText postText(KringProperties properties) {
		return new PostText(properties.linkBase());
	}

}
