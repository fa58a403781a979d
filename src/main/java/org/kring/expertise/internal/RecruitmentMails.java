package org.kring.expertise.internal;

import java.util.List;
import java.util.Locale;

import org.kring.system.KringProperties;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of the recruitment pipeline: the invitation and its one reminder, each with
 * the link to the page where the candidate accepts or declines. They leave once the
 * transaction that made the change has committed.
 */
@Component
class RecruitmentMails {

	/** Where an invitation link leads; the secret follows. */
	static final String INVITATION_PATH = "/recruitment/invitations/";

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final KringProperties properties;

	RecruitmentMails(MailDispatch dispatch, MessageSource messages, KringProperties properties) {
		this.dispatch = dispatch;
		this.messages = messages;
		this.properties = properties;
	}

	void invitation(Addressee to, String communityName, String inviterName, List<String> fields, String secret) {
		send(to, "recruitment.mail.invitation", communityName, inviterName, fields, secret);
	}

	void reminder(Addressee to, String communityName, String inviterName, List<String> fields, String secret) {
		send(to, "recruitment.mail.reminder", communityName, inviterName, fields, secret);
	}

	Locale defaultLanguage() {
		return this.properties.defaultLanguage();
	}

	private void send(Addressee to, String key, String communityName, String inviterName, List<String> fields,
			String secret) {
		Object[] args = { communityName, inviterName, this.properties.name(), String.join(", ", fields),
				this.dispatch.link(INVITATION_PATH + secret) };
		String subject = this.messages.getMessage(key + ".subject", args, to.language());
		String text = this.messages.getMessage(key + ".text", args, to.language());
		this.dispatch.sendAfterCommit(new OutgoingMail(to.email(), subject, text), key);
	}

	/**
	 * Where a recruitment mail goes and in which language.
	 *
	 * @param email the address
	 * @param language the candidate's language, else the instance's
	 */
	record Addressee(String email, Locale language) {
	}

}
