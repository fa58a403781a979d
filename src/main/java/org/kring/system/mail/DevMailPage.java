package org.kring.system.mail;

import java.util.List;

/**
 * The development outbox page's model.
 *
 * @param mails the captured mails, newest first
 */
public record DevMailPage(List<Mail> mails) {

	/**
	 * One captured mail as the page shows it.
	 *
	 * @param anchor the fragment identifier of its full text on the page, stable while
	 * the outbox keeps it
	 * @param sentAt when it was sent, in the instance's time zone
	 * @param mail the mail
	 */
	public record Mail(String anchor, String sentAt, CapturedMail mail) {
	}

}
