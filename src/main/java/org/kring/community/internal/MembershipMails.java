package org.kring.community.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringProperties;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of the membership flows: invitations, and the decision on an application.
 * Each leaves in the background once the transaction that made the change has committed,
 * so that no mail tells of a change that was rolled back.
 */
@Component
public class MembershipMails {

	/** Where an invitation link leads; the secret follows. */
	public static final String INVITATION_PATH = "/invitations/";

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final KringProperties properties;

	MembershipMails(MailDispatch dispatch, MessageSource messages, KringProperties properties) {
		this.dispatch = dispatch;
		this.messages = messages;
		this.properties = properties;
	}

	void invitation(Invitation invitation, String communityName, String inviterName, String token) {
		Locale language = invitation.language();
		String role = role(invitation, language);
		sendAfterCommit(invitation.email(), "membership.mail.invitation", language, communityName, inviterName,
				this.properties.name(), this.dispatch.link(INVITATION_PATH + token), role);
	}

	void approved(String to, Locale language, String communityName, String slug) {
		sendAfterCommit(to, "membership.mail.approved", language, communityName, this.properties.name(),
				this.dispatch.link("/communities/" + slug));
	}

	void declined(String to, Locale language, String communityName, @Nullable String note) {
		String key = (note != null) ? "membership.mail.declinedWithNote" : "membership.mail.declined";
		sendAfterCommit(to, key, language, communityName, this.properties.name(), (note != null) ? note : "");
	}

	private String role(Invitation invitation, Locale language) {
		return this.messages.getMessage("membership.role." + invitation.role().name(), null, language);
	}

	private void sendAfterCommit(String to, String key, Locale language, Object... args) {
		String subject = this.messages.getMessage(key + ".subject", new Object[] { args[0], this.properties.name() },
				language);
		this.dispatch.sendAfterCommit(
				new OutgoingMail(to, subject, this.messages.getMessage(key + ".text", args, language)), key);
	}

}
