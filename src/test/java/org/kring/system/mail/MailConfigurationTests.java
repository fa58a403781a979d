package org.kring.system.mail;

import org.junit.jupiter.api.Test;
import org.kring.system.KringProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mailer and which pages exist in which mode.
 */
class MailConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class,
			MailConfiguration.class, DevOutboxController.class);

	@Test
	void productionSendsOverSmtpAndHasNoOutboxPage() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(Mailer.class);
			assertThat(context.getBean(Mailer.class)).isInstanceOf(SmtpMailer.class);
			assertThat(context).doesNotHaveBean(DevOutbox.class).doesNotHaveBean(DevOutboxController.class);
		});
	}

	@Test
	void otherProfilesSendOverSmtpToo() {
		this.runner.withPropertyValues("spring.profiles.active=test,postgres").run((context) -> {
			assertThat(context.getBean(Mailer.class)).isInstanceOf(SmtpMailer.class);
			assertThat(context).doesNotHaveBean(DevOutboxController.class);
		});
	}

	@Test
	void developmentCapturesMailInTheOutboxAndShowsIt() {
		this.runner.withPropertyValues("spring.profiles.active=dev").run((context) -> {
			assertThat(context).hasSingleBean(Mailer.class);
			assertThat(context.getBean(Mailer.class)).isInstanceOf(DevOutbox.class);
			assertThat(context).hasSingleBean(DevOutboxController.class);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(KringProperties.class)
	static class Settings {

		@Bean
		JavaMailSender mailSender() {
			return new JavaMailSenderImpl();
		}

	}

}
