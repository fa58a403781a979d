package org.kring.community.web;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;

/**
 * The "how to join" part of a community's page ({@code community/joinPanel.jte}): what
 * the join policy means, and where the membership pages put their buttons (join, apply,
 * leave) for the reader's current role.
 *
 * @param slug the community's slug, for the buttons' addresses
 * @param policy how people join
 * @param role the reader's role in the community, null when they are not a member
 * @param signedIn whether the reader is signed in
 */
public record JoinPanel(String slug, JoinPolicy policy, @Nullable CommunityRole role, boolean signedIn) {

	public boolean member() {
		return this.role != null;
	}

}
