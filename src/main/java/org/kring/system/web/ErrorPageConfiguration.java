package org.kring.system.web;

import gg.jte.TemplateEngine;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Error pages for what never reaches Spring MVC: the servlet container's own error report
 * is replaced by Kring's page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

	@Bean
	RejectedRequestPages rejectedRequestPages(TemplateEngine engine, PageContexts contexts,
			LocaleResolver localeResolver) {
		return new RejectedRequestPages(engine, contexts, localeResolver);
	}

	@Bean
	RejectedRequestValveInstaller rejectedRequestValveInstaller(ObjectProvider<RejectedRequestPages> pages) {
		return new RejectedRequestValveInstaller(pages);
	}

	/**
	 * Runs after Spring Boot's own customizer, which installs a plain error report valve,
	 * and puts Kring's in its place.
	 */
	static final class RejectedRequestValveInstaller
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final ObjectProvider<RejectedRequestPages> pages;

		RejectedRequestValveInstaller(ObjectProvider<RejectedRequestPages> pages) {
			this.pages = pages;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> install(context.getParent()));
		}

		private void install(Container host) {
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(RejectedRequestValve.class.getName());
			}
			pipeline.addValve(new RejectedRequestValve(this.pages::getObject));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
