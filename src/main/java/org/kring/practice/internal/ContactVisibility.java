package org.kring.practice.internal;

/**
 * Who sees the contact of a practice, as its submitter chose.
 */
public enum ContactVisibility {

	/** Nobody but the submitter, coordinators and reviewers. */
	NOBODY,

	/** Anyone signed in. */
	MEMBERS,

	/** Everyone, visitors included. */
	PUBLIC

}
