package org.kring.system.mail;

/**
 * Sends e-mail on behalf of the instance, from {@code kring.mail.from}: over SMTP in
 * production and tests, into the development outbox at {@code /dev/mail} in development.
 */
public interface Mailer {

	/**
	 * Sends one mail now.
	 * @param mail the mail to send
	 * @throws MailNotSent when the mail could not be handed to the mail server
	 */
	void send(OutgoingMail mail);

	/**
	 * A mail that could not be handed over; the caller decides whether the person must
	 * know.
	 */
	class MailNotSent extends RuntimeException {

		public MailNotSent(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
