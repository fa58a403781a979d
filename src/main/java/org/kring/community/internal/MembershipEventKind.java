package org.kring.community.internal;

/**
 * What happened to a membership, as the history records it.
 */
public enum MembershipEventKind {

	JOINED, APPLIED, APPROVED, DECLINED, INVITED, INVITATION_REVOKED, INVITATION_ACCEPTED, INVITATION_DECLINED, LEFT,
	REMOVED, ROLE_CHANGED, FACILITATION_HANDED_OVER,

	/**
	 * The last facilitator erased their account: their data went, and the community has
	 * no facilitator until an administrator names one.
	 */
	LAST_FACILITATOR_ERASED

}
