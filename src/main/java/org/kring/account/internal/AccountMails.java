package org.kring.account.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringProperties;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.Mailer;
import org.kring.system.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of the account flows, in the language the person chose, else the one of the
 * page they are on. The mails a visitor asks for (sign-up, password, login link) leave in
 * the background and only once the transaction that issued their link has committed: the
 * answer takes as long whether a mail was sent or not, and no mail carries a link that
 * was rolled back. The mails of a change of address, asked for by the signed-in owner,
 * leave at once, so that the page can say when one could not be sent.
 */
@Component
public class AccountMails {

	public static final String VERIFY_PATH = "/signup/verify";

	public static final String RESET_PATH = "/password/reset";

	public static final String SET_PATH = "/password/set";

	public static final String LOGIN_LINK_PATH = "/login/link/confirm";

	static final String CONFIRM_EMAIL_PATH = "/account/email/confirm";

	private final Mailer mailer;

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final KringProperties properties;

	AccountMails(Mailer mailer, MailDispatch dispatch, MessageSource messages, KringProperties properties) {
		this.mailer = mailer;
		this.dispatch = dispatch;
		this.messages = messages;
		this.properties = properties;
	}

	void verifyAddress(Person person, String token, Locale page) {
		sendAfterCommit(person, "account.mail.verify", page, person.displayName(), this.properties.name(),
				link(VERIFY_PATH, token));
	}

	/**
	 * Tells the owner of an address that someone tried to sign up with it, instead of
	 * telling the person signing up.
	 */
	void alreadySignedUp(Person person, Locale page) {
		sendAfterCommit(person, "account.mail.existing", page, person.displayName(), this.properties.name(),
				link("/login", null), link("/password/forgot", null));
	}

	void resetPassword(Person person, String token, Locale page) {
		sendAfterCommit(person, "account.mail.reset", page, person.displayName(), this.properties.name(),
				link(RESET_PATH, token));
	}

	void loginLink(Person person, String token, Locale page) {
		sendAfterCommit(person, "account.mail.link", page, person.displayName(), this.properties.name(),
				link(LOGIN_LINK_PATH, token));
	}

	/**
	 * Sends the link that confirms a new address to that address.
	 * @throws Mailer.MailNotSent when the mail could not be sent
	 */
	void confirmNewAddress(Person person, String newEmail, String token, Locale page) {
		sendNow(newEmail, "profile.mail.confirm", person.languageOr(page), this.properties.name(), person.displayName(),
				link(CONFIRM_EMAIL_PATH, token));
	}

	/**
	 * Tells a person at their current address that a change to another one was asked.
	 * @throws Mailer.MailNotSent when the mail could not be sent
	 */
	void newAddressAsked(Person person, String newEmail, Locale page) {
		sendNow(address(person), "profile.mail.notice", person.languageOr(page), this.properties.name(),
				person.displayName(), newEmail);
	}

	/**
	 * Tells the owner of an address that another account asked to use it, instead of
	 * telling the person asking.
	 * @throws Mailer.MailNotSent when the mail could not be sent
	 */
	void addressInUse(Person owner, Locale page) {
		sendNow(address(owner), "profile.mail.inUse", owner.languageOr(page), this.properties.name(),
				owner.displayName(), this.properties.baseUrl());
	}

	/**
	 * A full link into this instance, for mails and the log.
	 * @param path the path on this instance
	 * @param token the secret to add as {@code token}, if any
	 * @return the link
	 */
	String link(String path, @Nullable String token) {
		return this.dispatch.link(path + ((token != null) ? "?token=" + token : ""));
	}

	private void sendAfterCommit(Person person, String key, Locale page, Object... args) {
		this.dispatch.sendAfterCommit(compose(address(person), key, person.languageOr(page), args), key);
	}

	private void sendNow(String to, String key, Locale language, Object... args) {
		this.mailer.send(compose(to, key, language, args));
	}

	private OutgoingMail compose(String to, String key, Locale language, Object... args) {
		String subject = this.messages.getMessage(key + ".subject", new Object[] { this.properties.name() }, language);
		String text = this.messages.getMessage(key + ".text", args, language);
		return new OutgoingMail(to, subject, text);
	}

	private static String address(Person person) {
		String email = person.email();
		if (email == null) {
			throw new IllegalStateException("An erased person gets no mail");
		}
		return email;
	}

}
