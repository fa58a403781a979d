package org.kring.community;

/**
 * How a person becomes a member.
 */
public enum JoinPolicy {

	/** With one click. */
	OPEN,

	/** By applying with a short motivation, which a facilitator approves or declines. */
	ON_APPROVAL,

	/** Only through an invitation from a facilitator. */
	BY_INVITATION

}
