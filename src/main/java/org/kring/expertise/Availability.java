package org.kring.expertise;

/**
 * A kind of work an expert declares they are available for.
 */
public enum Availability {

	/** Speaking at a meeting or event. */
	GUEST_SPEAKER,

	/** Reviewing practices and documents. */
	REVIEWER,

	/** Mentoring a challenge. */
	CHALLENGE_MENTOR,

	/** Giving advisory input. */
	ADVISORY_INPUT

}
