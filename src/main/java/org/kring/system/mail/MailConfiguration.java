package org.kring.system.mail;

import java.time.Clock;

import org.kring.system.KringProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Which {@link Mailer} the instance uses: the SMTP server in production and tests, the
 * in-memory outbox in development.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	@Profile("!dev")
	Mailer smtpMailer(JavaMailSender sender, KringProperties properties) {
		return new SmtpMailer(sender, properties);
	}

	@Bean
	@Profile("dev")
	DevOutbox devOutbox(ObjectProvider<Clock> clock) {
		return new DevOutbox(clock.getIfAvailable(Clock::systemUTC));
	}

}
