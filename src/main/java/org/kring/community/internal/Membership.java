package org.kring.community.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;

/**
 * A person's place in one community: the role they hold there since they joined. A person
 * has at most one membership per community.
 */
@Entity
@Table(name = "membership")
public class Membership {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private CommunityRole role;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	/** Null until first saved, which tells Spring Data to persist rather than merge. */
	@Version
	private @Nullable Long version;

	@SuppressWarnings("NullAway.Init")
	protected Membership() {
	}

	Membership(UUID communityId, UUID personId, CommunityRole role, Instant joinedAt) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.personId = personId;
		this.role = role;
		this.joinedAt = joinedAt;
	}

	/**
	 * Gives the member another role in the same community.
	 * @param newRole the role from now on
	 */
	public void changeRole(CommunityRole newRole) {
		this.role = newRole;
	}

	/**
	 * Gives the member another role, unless that leaves the community without a
	 * facilitator.
	 * @param newRole the role from now on
	 * @param facilitators how many facilitators the community has now, this member
	 * included
	 * @throws MembershipRefused when this is the last facilitator stepping down
	 */
	public void changeRole(CommunityRole newRole, long facilitators) {
		if (!newRole.facilitates()) {
			requireAnotherFacilitator(facilitators);
		}
		changeRole(newRole);
	}

	/**
	 * Checks that this member may stop being one, by leaving or being removed.
	 * @param facilitators how many facilitators the community has now, this member
	 * included
	 * @throws MembershipRefused when this is the last facilitator
	 */
	public void requireAnotherFacilitator(long facilitators) {
		if (facilitates() && facilitators <= 1) {
			throw new MembershipRefused("membership.lastFacilitator");
		}
	}

	/**
	 * Hands facilitation over: the other member becomes facilitator, this one member.
	 * @param successor another member of the same community
	 * @throws MembershipRefused when this member does not facilitate or the successor is
	 * this member
	 * @throws IllegalArgumentException when the successor belongs to another community
	 */
	public void handOverTo(Membership successor) {
		if (!successor.communityId.equals(this.communityId)) {
			throw new IllegalArgumentException("A successor belongs to the same community");
		}
		if (!facilitates() || successor.id.equals(this.id)) {
			throw new MembershipRefused("membership.handOver.notPossible");
		}
		successor.changeRole(CommunityRole.FACILITATOR);
		changeRole(CommunityRole.MEMBER);
	}

	public boolean facilitates() {
		return this.role.facilitates();
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public UUID personId() {
		return this.personId;
	}

	public CommunityRole role() {
		return this.role;
	}

	public Instant joinedAt() {
		return this.joinedAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
