package org.kring.system.mail;

import org.kring.system.KringProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	@ConditionalOnMissingBean(Mailer.class)
	Mailer smtpMailer(JavaMailSender sender, KringProperties properties) {
		return new SmtpMailer(sender, properties);
	}

}
