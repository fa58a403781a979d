package org.kring.community.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.system.web.FormErrors;

/**
 * What a facilitator manages besides the members themselves: applications waiting for a
 * decision, and invitations.
 *
 * @param slug the community's slug
 * @param communityName its name in the reader's language
 * @param applications the applications waiting for a decision
 * @param invitations the invitations not used yet
 * @param form the invitation form as typed
 * @param errors the problems with the invitation form
 * @param problem why the last step was refused, if it was
 */
public record ManageMembersPage(String slug, String communityName, List<PendingApplication> applications,
		List<PendingInvitation> invitations, InviteForm form, FormErrors errors, @Nullable Problem problem) {

	public String path() {
		return "/communities/" + this.slug + "/members/manage";
	}

	public String membersPath() {
		return "/communities/" + this.slug + "/members";
	}

	public List<CommunityRole> invitedRoles() {
		return InviteForm.ROLES;
	}

	/**
	 * An application waiting for a decision.
	 *
	 * @param id the application's id
	 * @param name the applicant's display name
	 * @param motivation why they want to join
	 * @param appliedOn when they applied, as a date
	 */
	public record PendingApplication(UUID id, String name, String motivation, String appliedOn) {
	}

	/**
	 * An invitation not used yet.
	 *
	 * @param id the invitation's id
	 * @param email the invited address
	 * @param role the role offered
	 * @param expiresOn when the link stops working, as a date
	 * @param expired whether it already stopped working
	 */
	public record PendingInvitation(UUID id, String email, CommunityRole role, String expiresOn, boolean expired) {
	}

}
