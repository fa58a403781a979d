package org.kring.meeting.internal;

/**
 * A registration, confirmation or attendance change the meeting does not allow now, with
 * the message key that tells why.
 */
public class RegistrationRefused extends RuntimeException {

	/** Registration has not opened yet. */
	public static final String NOT_OPEN = "registration.refused.notOpen";

	/** Registration closed. */
	public static final String CLOSED = "registration.refused.closed";

	/** The meeting started. */
	public static final String STARTED = "registration.refused.started";

	/** The meeting was cancelled. */
	public static final String MEETING_CANCELLED = "registration.refused.meetingCancelled";

	/** The meeting was closed. */
	public static final String MEETING_CLOSED = "registration.refused.meetingClosed";

	/** Attendance is recorded once the meeting started. */
	public static final String NOT_STARTED = "registration.refused.notStarted";

	private final String key;

	public RegistrationRefused(String key) {
		super(key);
		this.key = key;
	}

	/**
	 * The message key telling why.
	 * @return such as {@link #CLOSED}
	 */
	public String key() {
		return this.key;
	}

}
