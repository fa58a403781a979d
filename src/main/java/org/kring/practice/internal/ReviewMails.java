package org.kring.practice.internal;

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
 * The mail to a reviewer on their assignment, in the language they chose (else the
 * instance's), with the link to their review; it leaves once the assignment is committed.
 */
@Component
class ReviewMails {

	static final String ASSIGNED = "practicereview.mail.assigned";

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final AccountManagement accounts;

	private final KringProperties properties;

	ReviewMails(MailDispatch dispatch, MessageSource messages, AccountManagement accounts, KringProperties properties) {
		this.dispatch = dispatch;
		this.messages = messages;
		this.accounts = accounts;
		this.properties = properties;
	}

	void assigned(Practice practice, UUID reviewerId) {
		PersonSummary reviewer = this.accounts.find(reviewerId).orElse(null);
		if (reviewer == null || reviewer.email() == null) {
			return;
		}
		Locale language = (reviewer.preferredLanguage() != null) ? reviewer.preferredLanguage()
				: this.properties.defaultLanguage();
		Object[] args = { reviewer.displayName(), practice.title(),
				this.dispatch.link("/practices/" + practice.id() + "/review"), this.properties.name() };
		String subject = this.messages.getMessage(ASSIGNED + ".subject", new Object[] { practice.title() }, language);
		String text = this.messages.getMessage(ASSIGNED + ".text", args, language);
		this.dispatch.sendAfterCommit(new OutgoingMail(reviewer.email(), subject, text), ASSIGNED);
	}

}
