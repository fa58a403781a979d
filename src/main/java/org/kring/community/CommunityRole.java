package org.kring.community;

/**
 * The role a person holds in one community; the same person may hold another role in
 * another community.
 */
public enum CommunityRole {

	/** Runs the community: its members, meetings and agenda; edits its description. */
	FACILITATOR,

	/** Takes part. */
	MEMBER,

	/** Takes part with a declared expertise; may be asked to speak or review. */
	EXPERT,

	/** Follows what happens without taking part. */
	OBSERVER;

	/**
	 * Whether this role runs the community.
	 * @return true for a facilitator
	 */
	public boolean facilitates() {
		return this == FACILITATOR;
	}

}
