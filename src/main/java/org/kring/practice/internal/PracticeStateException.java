package org.kring.practice.internal;

/**
 * A step the practice's state does not allow, such as publishing a draft or changing a
 * practice under review.
 */
public class PracticeStateException extends RuntimeException {

	private final PracticeState state;

	PracticeStateException(PracticeState state, String step) {
		super("A practice that is " + state + " cannot " + step);
		this.state = state;
	}

	/** The state the practice was in. */
	public PracticeState state() {
		return this.state;
	}

}
