package org.kring.system.mail;

import java.util.concurrent.Executor;

import org.kring.system.KringProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every module's mails share: links into this instance, and sending in the
 * background once the transaction that caused the mail has committed, so that no mail
 * tells of a change that was rolled back and no page waits for the mail server.
 */
@Component
public class MailDispatch {

	private static final Logger logger = LoggerFactory.getLogger(MailDispatch.class);

	private final Mailer mailer;

	private final Executor executor;

	private final String base;

	MailDispatch(Mailer mailer, KringProperties properties,
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor) {
		this.mailer = mailer;
		this.executor = executor;
		this.base = properties.linkBase();
	}

	/**
	 * A full link into this instance, for mails and the log.
	 * @param path the path on this instance, with its query if any
	 * @return the link, on {@code kring.base-url}
	 */
	public String link(String path) {
		return this.base + path;
	}

	/**
	 * Sends a mail in the background after the current transaction commits, or at once
	 * (still in the background) when there is none. A mail that cannot be sent is logged,
	 * never thrown.
	 * @param mail the mail
	 * @param kind what the mail is, such as its message key, for the log
	 */
	public void sendAfterCommit(OutgoingMail mail, String kind) {
		Runnable sending = () -> this.executor.execute(() -> deliver(mail, kind));
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

	private void deliver(OutgoingMail mail, String kind) {
		try {
			this.mailer.send(mail);
		}
		catch (Mailer.MailNotSent ex) {
			logger.warn("A mail ({}) could not be sent: {}", kind, ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.warn("A mail ({}) could not be sent", kind, ex);
		}
	}

}
