package org.kring.expertise;

/**
 * The kinds of work an expert may say they are available for.
 */
public enum Availability {

	/** Speaking at a meeting or event. */
	GUEST_SPEAKER,

	/** Reviewing practices and documents. */
	REVIEWER,

	/** Mentoring a group working on a challenge. */
	CHALLENGE_MENTOR,

	/** Giving advice or insight when asked. */
	ADVISORY_INPUT

}
