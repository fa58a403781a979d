package org.kring.system.security;

import org.kring.system.KringProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice of any module needs from {@code system}: the real
 * security filter chain and the instance settings the web layer reads.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
@EnableConfigurationProperties(KringProperties.class)
public class WebSliceConfiguration {

}
