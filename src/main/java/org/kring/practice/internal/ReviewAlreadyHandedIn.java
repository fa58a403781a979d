package org.kring.practice.internal;

/**
 * A review handed in a second time, or after the review ended: nothing changes.
 */
public class ReviewAlreadyHandedIn extends RuntimeException {

	public ReviewAlreadyHandedIn() {
		super("The review was already handed in");
	}

}
