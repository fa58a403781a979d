package org.kring.community.internal;

import java.util.Optional;

import org.kring.community.CommunityRole;
import org.kring.community.ExpertAdmitted;
import org.kring.community.JoinWay;
import org.kring.community.MemberJoined;
import org.kring.community.MemberRoleChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes the experts another module admitted members with the expert role: a newcomer
 * joins as expert, a member or observer becomes one, and a facilitator or expert keeps
 * their role.
 */
@Component
class ExpertAdmissions {

	private final Communities communities;

	private final Memberships memberships;

	private final MembershipRecorder recorder;

	ExpertAdmissions(Communities communities, Memberships memberships, MembershipRecorder recorder) {
		this.communities = communities;
		this.memberships = memberships;
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(ExpertAdmitted admitted) {
		Optional<Community> found = this.communities.findById(admitted.communityId());
		if (found.isEmpty()) {
			return;
		}
		Community community = found.get();
		Optional<Membership> membership = this.memberships.findByCommunityIdAndPersonId(community.id(),
				admitted.personId());
		if (membership.isEmpty()) {
			this.recorder.admit(community.admit(admitted.personId(), CommunityRole.EXPERT, this.recorder.now()));
			this.recorder.record(community.id(), MembershipEventKind.JOINED, admitted.admittedBy(), admitted.personId(),
					CommunityRole.EXPERT,
					new MemberJoined(community.id(), admitted.personId(), CommunityRole.EXPERT, JoinWay.ADMITTED));
			return;
		}
		CommunityRole before = membership.get().role();
		if (before == CommunityRole.MEMBER || before == CommunityRole.OBSERVER) {
			membership.get().changeRole(CommunityRole.EXPERT);
			this.recorder.flush();
			this.recorder.record(community.id(), MembershipEventKind.ROLE_CHANGED, admitted.admittedBy(),
					admitted.personId(), CommunityRole.EXPERT, new MemberRoleChanged(community.id(),
							admitted.personId(), before, CommunityRole.EXPERT, admitted.admittedBy()));
		}
	}

}
