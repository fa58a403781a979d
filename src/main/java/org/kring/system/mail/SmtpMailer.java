package org.kring.system.mail;

import org.kring.system.KringProperties;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.core.io.ByteArrayResource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
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
		try {
			if (mail.attachments().isEmpty()) {
				this.sender.send(plain(mail));
			}
			else {
				this.sender.send((message) -> withAttachments(message, mail));
			}
		}
		catch (MailException ex) {
			throw new MailNotSent("Mail to a recipient could not be sent: " + ex.getMessage(), ex);
		}
	}

	private SimpleMailMessage plain(OutgoingMail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mail().from());
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.text());
		return message;
	}

	private void withAttachments(MimeMessage message, OutgoingMail mail) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.mail().from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), false);
		for (MailAttachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
	}

}
