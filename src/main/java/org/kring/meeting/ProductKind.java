package org.kring.meeting;

/**
 * The four kinds of product a meeting closes with (seed 004).
 */
public enum ProductKind {

	/** A handy tool the group made or found: a checklist, a guide, a contact list. */
	TOOL,

	/** A joint signal to an authority about a problem the group sees in practice. */
	JOINT_SIGNAL,

	/** A proposal for an action the group or its members will take. */
	ACTION_PROPOSAL,

	/**
	 * A test of a rule or article of legislation against what the group sees in practice.
	 */
	LEGISLATION_TEST

}
