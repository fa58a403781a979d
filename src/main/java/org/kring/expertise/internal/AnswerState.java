package org.kring.expertise.internal;

/**
 * Where one asked expert stands.
 */
public enum AnswerState {

	/** Asked, no reply yet. */
	ASKED,

	/** Said yes; the answer is still to come. */
	ACCEPTED,

	/** Said no. */
	DECLINED,

	/** Gave their answer. */
	ANSWERED;

	public String messageKey() {
		return "expertrequests.answer." + name();
	}

	/**
	 * Whether the expert still owes an answer.
	 * @return true while asked or accepted
	 */
	public boolean pending() {
		return this == ASKED || this == ACCEPTED;
	}

}
