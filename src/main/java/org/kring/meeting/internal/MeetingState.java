package org.kring.meeting.internal;

/**
 * Where a meeting stands.
 */
public enum MeetingState {

	/** Planned, or took place and not yet closed. */
	SCHEDULED,

	/** Called off; stays visible, marked cancelled, in pages and calendars. */
	CANCELLED,

	/** Took place and was closed with minutes, attendance and products. */
	CLOSED

}
