package org.kring.community.web;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.community.internal.Sharing;

/**
 * A member's own membership of one community: their role, what they share, and leaving.
 *
 * @param slug the community's slug
 * @param communityName its name in the reader's language
 * @param role the member's role
 * @param joinedOn when they joined, as a date
 * @param here what they share with this community
 * @param everywhere what they share with all their communities
 * @param problem why the last step was refused, if it was
 */
public record OwnMembershipPage(String slug, String communityName, CommunityRole role, String joinedOn, Sharing here,
		Sharing everywhere, @Nullable Problem problem) {

	public String path() {
		return "/communities/" + this.slug + "/membership";
	}

	public String communityPath() {
		return "/communities/" + this.slug;
	}

}
