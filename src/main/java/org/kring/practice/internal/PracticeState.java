package org.kring.practice.internal;

/**
 * Where a practice is on its way from its submitter to publication.
 */
public enum PracticeState {

	/** Being written by its submitter; seen by them and coordinators only. */
	DRAFT,

	/** Handed in; waiting for a coordinator to assign reviewers. */
	SUBMITTED,

	/** Reviewers are scoring it. */
	IN_REVIEW,

	/** Evaluated and public. */
	PUBLISHED,

	/** Sent back to the submitter with comments; they may change and resubmit it. */
	RETURNED;

	/** Whether its submitter may still change the description. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
