package org.kring.meeting.internal;

/**
 * An optional question a meeting asks people who register.
 */
public enum RegistrationQuestion {

	/** Dietary needs. */
	DIETARY,

	/** Accessibility needs. */
	ACCESSIBILITY,

	/** The language someone needs interpretation into. */
	INTERPRETATION,

	/** Anything else they want to tell the facilitators. */
	FREE_TEXT

}
