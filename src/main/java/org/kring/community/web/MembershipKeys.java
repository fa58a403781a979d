package org.kring.community.web;

import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;

/**
 * The message keys the membership templates compute from a value.
 */
public final class MembershipKeys {

	private MembershipKeys() {
	}

	public static String role(CommunityRole role) {
		return "membership.role." + role.name();
	}

	public static String policy(JoinPolicy policy) {
		return "membership.panel.policy." + policy.name();
	}

}
