package org.kring.meeting.internal;

/**
 * Where a meeting takes place.
 */
public enum MeetingFormat {

	/** In a place: an address, a room, access notes. */
	IN_PERSON,

	/** Online: a link shown only to registered people. */
	ONLINE,

	/** Both in a place and online. */
	HYBRID;

	/**
	 * Whether people come to a place.
	 * @return true in person and hybrid
	 */
	public boolean inPlace() {
		return this != ONLINE;
	}

	/**
	 * Whether people join through a link.
	 * @return true online and hybrid
	 */
	public boolean online() {
		return this != IN_PERSON;
	}

}
