package org.kring.system.sql;

import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Wraps every {@code DataSource} of every test application context (full or sliced) so
 * that {@link SqlStatements} can count statements. Registered in
 * {@code META-INF/spring.factories} of the test resources.
 */
class SqlStatementsContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
				RootBeanDefinition definition = new RootBeanDefinition(CountingDataSources.class);
				definition.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
				registry.registerBeanDefinition(CountingDataSources.class.getName(), definition);
			}
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

	static final class CountingDataSources implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
				return ProxyDataSourceBuilder.create(dataSource)
					.name(beanName)
					.listener(SqlStatements.LISTENER)
					.build();
			}
			return bean;
		}

	}

}
