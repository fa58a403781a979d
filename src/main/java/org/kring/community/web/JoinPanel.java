package org.kring.community.web;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;

/**
 * How the person reading a community's page may join it, for
 * {@code community/joinPanel.jte}, which the community's page includes.
 *
 * @param slug the community's slug
 * @param policy how people join it
 * @param state where the reader stands
 * @param role the reader's role when they are a member
 */
public record JoinPanel(String slug, JoinPolicy policy, State state, @Nullable CommunityRole role) {

	/**
	 * Where the reader stands towards the community.
	 */
	public enum State {

		/** Not signed in: log in or sign up first. */
		VISITOR,

		/** Signed in, may join with one click. */
		CAN_JOIN,

		/** Signed in, may apply with a motivation. */
		CAN_APPLY,

		/** Signed in, their application waits for a facilitator. */
		APPLIED,

		/** Signed in, only an invitation lets them in. */
		INVITATION_ONLY,

		/** A member, with a role. */
		MEMBER

	}

	public String membersPath() {
		return "/communities/" + this.slug + "/members";
	}

	public String membershipPath() {
		return "/communities/" + this.slug + "/membership";
	}

	public String joinPath() {
		return "/communities/" + this.slug + "/join";
	}

	public String applyPath() {
		return "/communities/" + this.slug + "/apply";
	}

	public String loginPath() {
		return "/communities/" + this.slug + "/membership/login";
	}

}
