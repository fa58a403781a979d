package org.kring.discussion.internal;

/**
 * A post that holds more characters than the instance allows; nothing of it is kept. A
 * page shows it next to the text field, with both numbers.
 */
public class PostTooLong extends RuntimeException {

	private final int length;

	private final int maxLength;

	/**
	 * A refusal of a text.
	 * @param length how many characters the text holds
	 * @param maxLength the most a post may hold
	 */
	public PostTooLong(int length, int maxLength) {
		super("A post holds at most " + maxLength + " characters; this one holds " + length);
		this.length = length;
		this.maxLength = maxLength;
	}

	/**
	 * How many characters the refused text holds.
	 * @return its length
	 */
	public int length() {
		return this.length;
	}

	/**
	 * The most characters a post may hold.
	 * @return the limit
	 */
	public int maxLength() {
		return this.maxLength;
	}

}
