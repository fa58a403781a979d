package org.kring.meeting.internal;

/**
 * What came of a registration or a cancellation, each with the message key of the notice
 * the page shows.
 */
public enum RegistrationOutcome {

	/** A seat was taken. */
	CONFIRMED,

	/** The meeting is full: a place on the waiting list was taken. */
	WAITING,

	/** A visitor was sent the mail to confirm with. */
	CHECK_MAIL,

	/** The person was registered already: nothing changed. */
	ALREADY_REGISTERED,

	/** The registration was cancelled. */
	CANCELLED,

	/** The registration was cancelled already: nothing changed. */
	ALREADY_CANCELLED;

	/**
	 * The notice's message key.
	 * @return such as {@code registration.outcome.WAITING}
	 */
	public String key() {
		return "registration.outcome." + name();
	}

}
