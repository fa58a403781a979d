package org.kring.expertise.internal;

import java.time.Clock;
import java.util.UUID;

import org.kring.community.CommunityRole;
import org.kring.community.MemberJoined;
import org.kring.community.MemberLeft;
import org.kring.community.MemberRemoved;
import org.kring.community.MemberRoleChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the community memberships of candidates: an accepted candidate who became an
 * expert member is active, an active expert who left or was removed is alumni. These
 * steps are the platform's own, without an actor.
 */
@Component
class MembershipFollower {

	private final Nominations nominations;

	private final Clock clock;

	MembershipFollower(Nominations nominations, Clock clock) {
		this.nominations = nominations;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MemberJoined joined) {
		if (joined.role() == CommunityRole.EXPERT) {
			activate(joined.communityId(), joined.personId());
		}
	}

	@ApplicationModuleListener
	void on(MemberRoleChanged changed) {
		if (changed.to() == CommunityRole.EXPERT) {
			activate(changed.communityId(), changed.personId());
		}
	}

	@ApplicationModuleListener
	void on(MemberLeft left) {
		retire(left.communityId(), left.personId());
	}

	@ApplicationModuleListener
	void on(MemberRemoved removed) {
		retire(removed.communityId(), removed.personId());
	}

	private void activate(UUID communityId, UUID personId) {
		this.nominations.findByCommunityIdAndPersonIdAndState(communityId, personId, NominationState.ACCEPTED)
			.forEach((nomination) -> nomination.activate(null, this.clock.instant()));
	}

	private void retire(UUID communityId, UUID personId) {
		this.nominations.findByCommunityIdAndPersonIdAndState(communityId, personId, NominationState.ACTIVE)
			.forEach((nomination) -> nomination.retire(null, this.clock.instant()));
	}

}
