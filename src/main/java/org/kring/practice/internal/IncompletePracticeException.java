package org.kring.practice.internal;

import java.util.List;

/**
 * Submitting a practice whose template misses parts review needs.
 */
public class IncompletePracticeException extends RuntimeException {

	private final List<String> missing;

	IncompletePracticeException(List<String> missing) {
		super("A practice cannot be submitted without " + String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	/**
	 * The parts of the template that are missing, as
	 * {@link PracticeDescription#missingForSubmission} names them.
	 */
	public List<String> missing() {
		return this.missing;
	}

}
