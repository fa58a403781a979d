package org.kring.result.internal;

/**
 * The rules refuse a change to a signal: the message key says why, the field where to
 * show it. Nothing was changed.
 */
public class SignalRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	public SignalRefused(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
