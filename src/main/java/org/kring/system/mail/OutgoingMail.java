package org.kring.system.mail;

import java.util.List;

/**
 * One e-mail to one person: a plain-text body, and files such as a meeting's iCalendar
 * invitation.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body in plain text; links are written out in full
 * @param attachments the files sent with it, possibly none
 */
public record OutgoingMail(String to, String subject, String text, List<MailAttachment> attachments) {

	/**
	 * A mail of text only.
	 * @param to the recipient's address
	 * @param subject the subject line
	 * @param text the body in plain text
	 */
	public OutgoingMail(String to, String subject, String text) {
		this(to, subject, text, List.of());
	}

	public OutgoingMail {
		attachments = List.copyOf(attachments);
	}

}
