package org.kring.system.mail;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The development outbox: keeps the mail the instance sends in memory instead of handing
 * it to an SMTP server, so that it can be read at {@code /dev/mail}. Holds the newest
 * {@value #CAPACITY} mails; older ones are dropped.
 */
public class DevOutbox implements Mailer {

	/** How many mails the outbox keeps. */
	public static final int CAPACITY = 500;

	private final Deque<CapturedMail> mails = new ArrayDeque<>();

	private final Clock clock;

	private final int capacity;

	DevOutbox(Clock clock) {
		this(clock, CAPACITY);
	}

	DevOutbox(Clock clock, int capacity) {
		this.clock = clock;
		this.capacity = capacity;
	}

	@Override
	public void send(OutgoingMail mail) {
		CapturedMail captured = new CapturedMail(this.clock.instant(), mail.to(), mail.subject(), mail.text(),
				mail.attachments().stream().map(MailAttachment::fileName).toList());
		synchronized (this.mails) {
			this.mails.addFirst(captured);
			while (this.mails.size() > this.capacity) {
				this.mails.removeLast();
			}
		}
	}

	/**
	 * The captured mail.
	 * @return the mails, newest first, never null
	 */
	public List<CapturedMail> mails() {
		synchronized (this.mails) {
			return List.copyOf(this.mails);
		}
	}

}
