package org.kring.community.internal;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringProperties;
import org.kring.system.mail.Mailer;
import org.kring.system.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mails of the membership flows: invitations, and the decision on an application.
 * Each leaves in the background once the transaction that made the change has committed,
 * so that no mail tells of a change that was rolled back.
 */
@Component
public class MembershipMails {

	/** Where an invitation link leads; the secret follows. */
	public static final String INVITATION_PATH = "/invitations/";

	private static final Logger logger = LoggerFactory.getLogger(MembershipMails.class);

	private final Mailer mailer;

	private final MessageSource messages;

	private final KringProperties properties;

	private final Executor executor;

	private final String base;

	MembershipMails(Mailer mailer, MessageSource messages, KringProperties properties,
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor) {
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.executor = executor;
		String baseUrl = properties.baseUrl();
		this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void invitation(Invitation invitation, String communityName, String inviterName, String token) {
		Locale language = invitation.language();
		String role = role(invitation, language);
		sendAfterCommit(invitation.email(), "membership.mail.invitation", language, communityName, inviterName,
				this.properties.name(), this.base + INVITATION_PATH + token, role);
	}

	void approved(String to, Locale language, String communityName, String slug) {
		sendAfterCommit(to, "membership.mail.approved", language, communityName, this.properties.name(),
				this.base + "/communities/" + slug);
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
		OutgoingMail mail = new OutgoingMail(to, subject, this.messages.getMessage(key + ".text", args, language));
		Runnable sending = () -> this.executor.execute(() -> deliver(mail, key));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sending.run();
				}
			});
		}
		else {
			sending.run();
		}
	}

	private void deliver(OutgoingMail mail, String key) {
		try {
			this.mailer.send(mail);
		}
		catch (RuntimeException ex) {
			logger.warn("A membership mail ({}) could not be sent", key, ex);
		}
	}

}
