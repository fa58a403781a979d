package org.kring.community.internal;

/**
 * A community as one person acts on its memberships.
 *
 * @param community the community
 * @param viewer who acts, with their role in it
 */
public record MembershipScope(Community community, Viewer viewer) {

	/**
	 * Whether the viewer runs the community's memberships: its facilitators, and
	 * administrators.
	 * @return true when they may approve, invite, remove and change roles
	 */
	public boolean manages() {
		return this.viewer.administrator() || this.viewer.facilitator();
	}

	/**
	 * Whether the viewer sees who the members are.
	 * @return true for members and administrators
	 */
	public boolean seesMembers() {
		return this.viewer.administrator() || this.viewer.member();
	}

}
