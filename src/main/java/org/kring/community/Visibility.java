package org.kring.community;

/**
 * Who learns that a community exists and who reads what happens in it.
 */
public enum Visibility {

	/** Everyone, also without an account, reads the community's page. */
	PUBLIC,

	/**
	 * Everyone sees its name and how to join; only members (and coordinators and
	 * administrators) read the rest.
	 */
	MEMBERS_ONLY,

	/**
	 * Only members and administrators know it exists; to everyone else its pages do not
	 * exist.
	 */
	SECRET

}
