package org.kring.result.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.system.KringProperties;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;
import org.kring.system.security.LinkSecrets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails to an authority's contact, in the language the facilitator chose for them:
 * the signal with the personal link through which they acknowledge and answer it, and the
 * one reminder with a new link. Each leaves once the change it tells of is committed.
 */
@Component
class SignalMails {

	static final String SENT = "signal.mail.sent";

	static final String REMINDER = "signal.mail.reminder";

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final CommunityManagement communities;

	private final KringProperties properties;

	SignalMails(MailDispatch dispatch, MessageSource messages, CommunityManagement communities,
			KringProperties properties) {
		this.dispatch = dispatch;
		this.messages = messages;
		this.communities = communities;
		this.properties = properties;
	}

	/** The signal, sent. */
	void sent(Signal signal, String secret) {
		send(signal, secret, SENT);
	}

	/** The reminder, with a link that replaces the first. */
	void reminder(Signal signal, String secret) {
		send(signal, secret, REMINDER);
	}

	private void send(Signal signal, String secret, String kind) {
		Contact contact = signal.contact();
		if (contact == null) {
			return;
		}
		Locale language = (contact.language() != null) ? Locale.forLanguageTag(contact.language())
				: this.properties.defaultLanguage();
		String community = this.communities.find(signal.communityId()).map(CommunitySummary::name).orElse("");
		String kindName = this.messages.getMessage(signal.kind().messageKey(), null, language);
		Object[] args = { contact.name(), community, signal.title(), orEmpty(signal.body()), orEmpty(signal.evidence()),
				orEmpty(signal.ask()), this.dispatch.link("/signals/respond/" + secret), this.properties.name(),
				kindName };
		String subject = this.messages.getMessage(kind + ".subject", new Object[] { signal.title(), community },
				language);
		String text = this.messages.getMessage(kind + ".text", args, language);
		this.dispatch.sendAfterCommit(new OutgoingMail(contact.email(), subject, text), kind);
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
