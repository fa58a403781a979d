package org.kring.expertise.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.system.KringProperties;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail each asked expert gets, in their own language, with the link to the request.
 * It leaves once the request is saved.
 */
@Component
class RequestMails {

	static final String ASKED = "expertrequests.mail.asked";

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final AccountManagement accounts;

	private final KringProperties properties;

	RequestMails(MailDispatch dispatch, MessageSource messages, AccountManagement accounts,
			KringProperties properties) {
		this.dispatch = dispatch;
		this.messages = messages;
		this.accounts = accounts;
		this.properties = properties;
	}

	void asked(RequestRows.Request request, UUID expertId, String askerName) {
		PersonSummary expert = this.accounts.find(expertId).orElse(null);
		if (expert == null || expert.email() == null || expert.erased()) {
			return;
		}
		Locale language = (expert.preferredLanguage() != null) ? expert.preferredLanguage()
				: this.properties.defaultLanguage();
		String kind = this.messages.getMessage(request.kind().messageKey(), null, language);
		String due = request.dueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language));
		String subject = this.messages.getMessage(ASKED + ".subject", new Object[] { askerName, request.title() },
				language);
		String text = this.messages
			.getMessage(ASKED + ".text",
					new Object[] { expert.displayName(), askerName, request.title(), kind, due,
							this.dispatch.link("/experts/requests/" + request.id()), this.properties.name() },
					language);
		this.dispatch.sendAfterCommit(new OutgoingMail(expert.email(), subject, text), ASKED);
	}

}
