package org.kring.community.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The community settings and the access rules that read them. Public so that
 * {@code @WebMvcTest} slices of the community pages can import it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommunitySettings.class)
public class CommunityConfiguration {

	@Bean
	CommunityAccess communityAccess(CommunitySettings settings) {
		return new CommunityAccess(settings);
	}

}
