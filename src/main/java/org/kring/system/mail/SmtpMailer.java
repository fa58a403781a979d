package org.kring.system.mail;

import org.kring.system.KringProperties;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Hands mail to the SMTP server configured by {@code kring.mail.*}.
 */
class SmtpMailer implements Mailer {

	private final JavaMailSender sender;

	private final KringProperties properties;

	SmtpMailer(JavaMailSender sender, KringProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void send(OutgoingMail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mail().from());
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.text());
		try {
			this.sender.send(message);
		}
		catch (MailException ex) {
			throw new MailNotSent("Mail to a recipient could not be sent: " + ex.getMessage(), ex);
		}
	}

}
