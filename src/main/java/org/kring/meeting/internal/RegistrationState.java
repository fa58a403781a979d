package org.kring.meeting.internal;

/**
 * Where a registration stands.
 */
public enum RegistrationState {

	/** A visitor who has not yet confirmed through the mail: holds no seat. */
	UNCONFIRMED,

	/** Has a seat. */
	CONFIRMED,

	/** On the waiting list, served in order of position. */
	WAITING,

	/** Cancelled by the person, or erased. */
	CANCELLED;

	/**
	 * Whether the registration counts: a seat or a place on the waiting list.
	 * @return true when confirmed or waiting
	 */
	public boolean active() {
		return this == CONFIRMED || this == WAITING;
	}

}
