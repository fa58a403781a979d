package org.kring.expertise.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityMembership;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may nominate candidates for a community and follow its recruitment: an
 * administrator for any community, its facilitators, and coordinators who belong to it.
 * Everyone else sees neither its pipeline nor a way to nominate.
 */
@Component
public class Nominators {

	private final CommunityManagement communities;

	Nominators(CommunityManagement communities) {
		this.communities = communities;
	}

	/**
	 * Whether someone may nominate candidates for a community and see its pipeline.
	 * @param me the person asking, null for a visitor
	 * @param communityId the community
	 * @return true for an administrator, a facilitator of the community or a coordinator
	 * who is a member of it
	 */
	public boolean mayNominate(@Nullable KringPrincipal me, UUID communityId) {
		if (me == null) {
			return false;
		}
		if (me.administrator()) {
			return this.communities.find(communityId).isPresent();
		}
		return this.communities.roleOf(me.id(), communityId).map((role) -> recruits(me, role)).orElse(false);
	}

	/**
	 * The communities someone may nominate for among those they belong to, by name.
	 * @param me the person asking, null for a visitor
	 * @return the communities, empty for a visitor or someone who recruits for none
	 */
	public List<CommunitySummary> communitiesFor(@Nullable KringPrincipal me) {
		if (me == null) {
			return List.of();
		}
		return this.communities.communitiesOf(me.id())
			.stream()
			.filter((membership) -> me.administrator() || recruits(me, membership.role()))
			.map(CommunityMembership::community)
			.toList();
	}

	private static boolean recruits(KringPrincipal me, CommunityRole role) {
		return role == CommunityRole.FACILITATOR || me.coordinator();
	}

}
