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
			if (mail.attachments().isEmpty() && mail.html() == null && mail.headers().isEmpty()) {
				this.sender.send(plain(mail));
			}
			else {
				this.sender.send((message) -> mime(message, mail));
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

	/**
	 * Text and HTML as alternatives of one another, files beside them, and the mail's own
	 * headers.
	 */
	private void mime(MimeMessage message, OutgoingMail mail) throws MessagingException {
		boolean multipart = !mail.attachments().isEmpty() || mail.html() != null;
		MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.mail().from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		if (mail.html() != null) {
			helper.setText(mail.text(), mail.html());
		}
		else {
			helper.setText(mail.text(), false);
		}
		for (var header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		for (MailAttachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
	}

}
