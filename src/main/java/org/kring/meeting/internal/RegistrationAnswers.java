package org.kring.meeting.internal;

import org.jspecify.annotations.Nullable;

/**
 * The answers to a meeting's optional registration questions; an answer to a question the
 * meeting does not ask is dropped.
 *
 * @param dietaryNeeds dietary needs, or null
 * @param accessibilityNeeds accessibility needs, or null
 * @param interpretationLanguage the language someone needs interpretation into, or null
 * @param freeText anything else, or null
 */
public record RegistrationAnswers(@Nullable String dietaryNeeds, @Nullable String accessibilityNeeds,
		@Nullable String interpretationLanguage, @Nullable String freeText) {

	/** No answers. */
	public static final RegistrationAnswers NONE = new RegistrationAnswers(null, null, null, null);

	/**
	 * The answers to the questions a meeting asks, blank ones as null.
	 * @param meeting the meeting
	 * @return the answers kept
	 */
	public RegistrationAnswers askedBy(Meeting meeting) {
		return new RegistrationAnswers(kept(meeting, RegistrationQuestion.DIETARY, this.dietaryNeeds),
				kept(meeting, RegistrationQuestion.ACCESSIBILITY, this.accessibilityNeeds),
				kept(meeting, RegistrationQuestion.INTERPRETATION, this.interpretationLanguage),
				kept(meeting, RegistrationQuestion.FREE_TEXT, this.freeText));
	}

	private static @Nullable String kept(Meeting meeting, RegistrationQuestion question, @Nullable String answer) {
		return (meeting.questions().contains(question) && answer != null && !answer.isBlank()) ? answer.strip() : null;
	}

}
