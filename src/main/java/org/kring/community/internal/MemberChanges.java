package org.kring.community.internal;

import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.community.FacilitationHandedOver;
import org.kring.community.MemberLeft;
import org.kring.community.MemberRemoved;
import org.kring.community.MemberRoleChanged;
import org.kring.system.KringPrincipal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to existing memberships: leaving, being removed, another role, handing
 * facilitation over, and what a member shares. A community never loses its last
 * facilitator this way: the facilitator hands over first. Each change locks the
 * community's row, so that two facilitators stepping down at once cannot both go.
 */
@Service
public class MemberChanges {

	private final MembershipGuard guard;

	private final CommunityLocks locks;

	private final Memberships memberships;

	private final SharingChoices sharing;

	private final MembershipRecorder recorder;

	private final TransactionTemplate transactions;

	MemberChanges(MembershipGuard guard, CommunityLocks locks, Memberships memberships, SharingChoices sharing,
			MembershipRecorder recorder, TransactionTemplate transactions) {
		this.guard = guard;
		this.locks = locks;
		this.memberships = memberships;
		this.sharing = sharing;
		this.recorder = recorder;
		this.transactions = transactions;
	}

	/**
	 * Leaves a community.
	 * @param slug the community
	 * @param me the member leaving
	 * @throws MembershipRefused when they are its last facilitator, or not a member
	 */
	public void leave(String slug, @Nullable KringPrincipal me) {
		MembershipScope scope = this.guard.signedIn(slug, me);
		UUID person = scope.viewer().principal().id();
		change(scope, (community) -> {
			Membership membership = membershipOf(community, person);
			membership.requireAnotherFacilitator(facilitators(community));
			end(membership);
			this.recorder.record(community.id(), MembershipEventKind.LEFT, person, person, membership.role(),
					new MemberLeft(community.id(), person));
		});
	}

	/**
	 * Removes a member.
	 * @param slug the community
	 * @param me the facilitator or administrator
	 * @param personId the member to remove
	 * @throws MembershipRefused when they are its last facilitator
	 */
	public void remove(String slug, @Nullable KringPrincipal me, UUID personId) {
		MembershipScope scope = this.guard.managed(slug, me);
		UUID actor = scope.viewer().principal().id();
		change(scope, (community) -> {
			Membership membership = membershipOf(community, personId);
			membership.requireAnotherFacilitator(facilitators(community));
			end(membership);
			this.recorder.record(community.id(), MembershipEventKind.REMOVED, actor, personId, membership.role(),
					new MemberRemoved(community.id(), personId, actor));
		});
	}

	/**
	 * Gives a member another role.
	 * @param slug the community
	 * @param me the facilitator or administrator
	 * @param personId the member
	 * @param role the new role
	 * @throws MembershipRefused when that leaves the community without a facilitator
	 */
	public void changeRole(String slug, @Nullable KringPrincipal me, UUID personId, CommunityRole role) {
		MembershipScope scope = this.guard.managed(slug, me);
		UUID actor = scope.viewer().principal().id();
		change(scope, (community) -> {
			Membership membership = membershipOf(community, personId);
			CommunityRole before = membership.role();
			if (before == role) {
				return;
			}
			membership.changeRole(role, facilitators(community));
			this.recorder.flush();
			this.recorder.record(community.id(), MembershipEventKind.ROLE_CHANGED, actor, personId, role,
					new MemberRoleChanged(community.id(), personId, before, role, actor));
		});
	}

	/**
	 * Hands facilitation over to another member; the facilitator becomes a member.
	 * @param slug the community
	 * @param me the facilitator handing over
	 * @param successorId the member who takes over
	 * @throws MembershipRefused when the person handing over does not facilitate
	 */
	public void handOver(String slug, @Nullable KringPrincipal me, UUID successorId) {
		MembershipScope scope = this.guard.managed(slug, me);
		UUID actor = scope.viewer().principal().id();
		change(scope, (community) -> {
			Membership mine = this.memberships.findByCommunityIdAndPersonId(community.id(), actor)
				.orElseThrow(() -> new MembershipRefused("membership.handOver.notPossible"));
			mine.handOverTo(membershipOf(community, successorId));
			this.recorder.flush();
			this.recorder.record(community.id(), MembershipEventKind.FACILITATION_HANDED_OVER, actor, successorId,
					CommunityRole.FACILITATOR, new FacilitationHandedOver(community.id(), actor, successorId));
		});
	}

	/**
	 * Sets what a member shares with this community and, when given, with all of theirs.
	 * @param slug the community
	 * @param me the member
	 * @param here what they share with this community
	 * @param everywhere what they share with all their communities, or null to leave it
	 * @throws MembershipRefused when they are not a member
	 */
	public void share(String slug, @Nullable KringPrincipal me, Sharing here, @Nullable Sharing everywhere) {
		MembershipScope scope = this.guard.signedIn(slug, me);
		if (!scope.viewer().member()) {
			throw new MembershipRefused("membership.notMember");
		}
		UUID person = scope.viewer().principal().id();
		try {
			this.transactions.executeWithoutResult(
					(status) -> this.sharing.choose(scope.community().id(), person, here, everywhere));
		}
		catch (DataIntegrityViolationException ex) {
			// the same form sent twice at once: the other one's choices were saved
			throw new MembershipRefused("membership.changedMeanwhile");
		}
	}

	private void change(MembershipScope scope, Consumer<Community> step) {
		try {
			this.transactions.executeWithoutResult((status) -> step.accept(this.locks.lock(scope.community().id())
				.orElseThrow(() -> new CommunityNotFoundException(scope.community().slug()))));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new MembershipRefused("membership.changedMeanwhile");
		}
	}

	private Membership membershipOf(Community community, UUID personId) {
		return this.memberships.findByCommunityIdAndPersonId(community.id(), personId)
			.orElseThrow(() -> new MembershipRefused("membership.notMember"));
	}

	private long facilitators(Community community) {
		return this.memberships.countByCommunityIdAndRole(community.id(), CommunityRole.FACILITATOR);
	}

	private void end(Membership membership) {
		this.memberships.delete(membership);
		this.recorder.flush();
		this.sharing.forgetWithCommunity(membership.communityId(), membership.personId());
	}

}
