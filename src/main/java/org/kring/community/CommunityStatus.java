package org.kring.community;

/**
 * Where a community stands: in use, or a proposal waiting for, or refused by, an
 * administrator.
 */
public enum CommunityStatus {

	/** Listed and in use. */
	ACTIVE,

	/**
	 * Proposed by a member when anyone may propose one; seen only by the proposer and
	 * administrators until an administrator approves it.
	 */
	PROPOSED,

	/**
	 * A proposal an administrator declined; seen only by the proposer and administrators.
	 */
	DECLINED

}
