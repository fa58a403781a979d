package org.kring.system.web;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import org.kring.system.KringProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC with jte templates: precompiled into the jar, reloaded from
 * {@code src/main/jte} only in development. Enables the instance settings itself so that
 * {@code @WebMvcTest} slices, which load this configuration, have them too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KringProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	static final Path TEMPLATE_SOURCES = Path.of("src", "main", "jte");

	@Bean
	TemplateEngine templateEngine(Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("dev")) && Files.isDirectory(TEMPLATE_SOURCES)
				&& runsFromClassDirectory()) {
			return TemplateEngine.create(new DirectoryCodeResolver(TEMPLATE_SOURCES), Path.of("target", "jte-classes"),
					ContentType.Html, getClass().getClassLoader());
		}
		return TemplateEngine.createPrecompiled(ContentType.Html);
	}

	/**
	 * Templates can be compiled on the fly only from a class directory ({@code mvn
	 * spring-boot:run}); a packaged jar has them precompiled, whatever the profile.
	 */
	static boolean runsFromClassDirectory() {
		URL self = WebConfiguration.class.getResource(WebConfiguration.class.getSimpleName() + ".class");
		return self != null && "file".equals(self.getProtocol());
	}

	@Bean
	PageContexts pageContexts(MessageSource messages, KringProperties properties, Environment environment,
			ObjectProvider<UnreadNotifications> unread) {
		return new PageContexts(messages, properties, environment, unread);
	}

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templateEngine, PageContexts pageContexts) {
		return new JteViewResolver(templateEngine, pageContexts);
	}

	@Bean
	LocaleResolver localeResolver(KringProperties properties) {
		return new KringLocaleResolver(properties.defaultLanguage());
	}

}
