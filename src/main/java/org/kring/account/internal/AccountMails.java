package org.kring.account.internal;

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
 * The mails of the account flows, in the person's language. They leave in the background
 * and only once the transaction that issued their link has committed: the answer a
 * visitor gets takes as long whether a mail was sent or not, and no mail carries a link
 * that was rolled back.
 */
@Component
public class AccountMails {

	public static final String VERIFY_PATH = "/signup/verify";

	public static final String RESET_PATH = "/password/reset";

	public static final String SET_PATH = "/password/set";

	public static final String LOGIN_LINK_PATH = "/login/link/confirm";

	private static final Logger logger = LoggerFactory.getLogger(AccountMails.class);

	private final Mailer mailer;

	private final MessageSource messages;

	private final KringProperties properties;

	private final Executor executor;

	AccountMails(Mailer mailer, MessageSource messages, KringProperties properties,
			@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor) {
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.executor = executor;
	}

	void verifyAddress(Person person, String token, Locale locale) {
		send(address(person), "account.mail.verify", languageOf(person, locale), person.displayName(),
				this.properties.name(), link(VERIFY_PATH, token));
	}

	/**
	 * Tells the owner of an address that someone tried to sign up with it, instead of
	 * telling the person signing up.
	 */
	void alreadySignedUp(Person person, Locale locale) {
		send(address(person), "account.mail.existing", languageOf(person, locale), person.displayName(),
				this.properties.name(), link("/login", null), link("/password/forgot", null));
	}

	void resetPassword(Person person, String token, Locale locale) {
		send(address(person), "account.mail.reset", languageOf(person, locale), person.displayName(),
				this.properties.name(), link(RESET_PATH, token));
	}

	void loginLink(Person person, String token, Locale locale) {
		send(address(person), "account.mail.link", languageOf(person, locale), person.displayName(),
				this.properties.name(), link(LOGIN_LINK_PATH, token));
	}

	/**
	 * A full link into this instance, for mails and the log.
	 * @param path the path on this instance
	 * @param token the secret to add as {@code token}, if any
	 * @return the link
	 */
	String link(String path, @Nullable String token) {
		String base = this.properties.baseUrl();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path + ((token != null) ? "?token=" + token : "");
	}

	private void send(String to, String key, Locale language, Object... args) {
		String subject = this.messages.getMessage(key + ".subject", new Object[] { this.properties.name() }, language);
		String text = this.messages.getMessage(key + ".text", args, language);
		OutgoingMail mail = new OutgoingMail(to, subject, text);
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
		catch (Mailer.MailNotSent ex) {
			logger.warn("A mail ({}) could not be sent: {}", key, ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.warn("A mail ({}) could not be sent", key, ex);
		}
	}

	/**
	 * The language the person chose in their profile, else the one of the page they are
	 * on.
	 */
	private static Locale languageOf(Person person, Locale page) {
		Locale preferred = person.preferredLanguage();
		return (preferred != null) ? preferred : page;
	}

	private static String address(Person person) {
		String email = person.email();
		if (email == null) {
			throw new IllegalStateException("An erased person gets no mail");
		}
		return email;
	}

}
