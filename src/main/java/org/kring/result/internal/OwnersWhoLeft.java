package org.kring.result.internal;

import java.util.UUID;

import org.kring.community.MemberLeft;
import org.kring.community.MemberRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A member who leaves a community, or is removed from it, no longer owns its actions:
 * each action stays on the agenda, marked as needing an owner when they were its last.
 */
@Component
class OwnersWhoLeft {

	private final ActionQueries queries;

	OwnersWhoLeft(ActionQueries queries) {
		this.queries = queries;
	}

	@ApplicationModuleListener
	void on(MemberLeft left) {
		release(left.communityId(), left.personId());
	}

	@ApplicationModuleListener
	void on(MemberRemoved removed) {
		release(removed.communityId(), removed.personId());
	}

	private void release(UUID communityId, UUID personId) {
		this.queries.ownedBy(communityId, personId).forEach((action) -> action.ownerLeft(personId));
	}

}
