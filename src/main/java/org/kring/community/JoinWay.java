package org.kring.community;

/**
 * How a person became a member.
 */
public enum JoinWay {

	/** With one click, in an open community. */
	JOINED,

	/** A facilitator approved their application. */
	APPROVED,

	/** They accepted an invitation. */
	INVITED,

	/** Another module admitted them, such as an expert recruited for the community. */
	ADMITTED

}
