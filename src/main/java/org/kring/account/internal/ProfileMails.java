package org.kring.account.internal;

import java.util.Locale;

import org.kring.system.KringProperties;
import org.kring.system.mail.Mailer;
import org.kring.system.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The mail a change of e-mail address sends: the link to the new address, a notice to the
 * old one, and a word to the owner of an address that another account asked for.
 */
@Component
class ProfileMails {

	static final String CONFIRM_PATH = "/account/email/confirm";

	private final Mailer mailer;

	private final MessageSource messages;

	private final KringProperties properties;

	ProfileMails(Mailer mailer, MessageSource messages, KringProperties properties) {
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
	}

	void sendConfirmationLink(String newEmail, String displayName, String token, Locale language) {
		String link = UriComponentsBuilder.fromUriString(this.properties.baseUrl())
			.path(CONFIRM_PATH)
			.queryParam("token", token)
			.build()
			.toUriString();
		send(newEmail, language, "profile.mail.confirm", displayName, link);
	}

	void sendChangeNotice(String oldEmail, String displayName, String newEmail, Locale language) {
		send(oldEmail, language, "profile.mail.notice", displayName, newEmail);
	}

	void sendAddressInUse(String email, String displayName, Locale language) {
		send(email, language, "profile.mail.inUse", displayName, this.properties.baseUrl());
	}

	private void send(String to, Locale language, String key, Object... args) {
		String instance = this.properties.name();
		String subject = this.messages.getMessage(key + ".subject", new Object[] { instance }, language);
		Object[] textArgs = new Object[args.length + 1];
		textArgs[0] = instance;
		System.arraycopy(args, 0, textArgs, 1, args.length);
		String text = this.messages.getMessage(key + ".text", textArgs, language);
		this.mailer.send(new OutgoingMail(to, subject, text));
	}

}
