package org.kring.discussion.internal;

/**
 * A step a thread does not take in its state, such as a reply to a locked or deleted
 * thread; nothing changed. A page answers 409 with the message.
 */
public class DiscussionRefused extends RuntimeException {

	private final String messageKey;

	/**
	 * A refusal.
	 * @param messageKey the key of the message that says why
	 */
	public DiscussionRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/**
	 * The key of the message that says why.
	 * @return such as {@code discussion.thread.locked}
	 */
	public String messageKey() {
		return this.messageKey;
	}

}
