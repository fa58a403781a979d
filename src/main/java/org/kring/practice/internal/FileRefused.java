package org.kring.practice.internal;

/**
 * An upload refused, with the message key that says why.
 */
public class FileRefused extends RuntimeException {

	private final String reason;

	FileRefused(String reason) {
		super("File refused: " + reason);
		this.reason = reason;
	}

	/** The message key of the reason, such as {@code practice.file.empty}. */
	public String reason() {
		return this.reason;
	}

}
