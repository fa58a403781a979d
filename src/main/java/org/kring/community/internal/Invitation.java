package org.kring.community.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;
import org.kring.community.CommunityRole;

/**
 * An invitation a facilitator sent to an e-mail address, with or without an account
 * behind it. The mail carries a secret link of which only the hash is kept; the link
 * works until it is used, revoked, or {@link #VALIDITY} has passed.
 */
@Entity
@Table(name = "community_invitation")
public class Invitation {

	/** How long an invitation link stays valid. */
	public static final Duration VALIDITY = Duration.ofDays(14);

	/**
	 * Where an invitation stands.
	 */
	public enum Status {

		PENDING, ACCEPTED, DECLINED, REVOKED

	}

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "email", nullable = false, length = EmailAddresses.MAX_LENGTH)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private CommunityRole role;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "language", nullable = false, length = 8)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private Status status;

	@Column(name = "invited_by")
	private @Nullable UUID invitedBy;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Invitation() {
	}

	Invitation(UUID communityId, String email, CommunityRole role, String tokenHash, Locale language, UUID invitedBy,
			Instant now) {
		if (role.facilitates()) {
			throw new IllegalArgumentException("One is invited as member, expert or observer");
		}
		if (!EmailAddresses.isPlausible(email)) {
			throw new IllegalArgumentException("Not an e-mail address: " + email);
		}
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.email = EmailAddresses.normalize(email);
		this.role = role;
		this.tokenHash = tokenHash;
		this.language = language.getLanguage();
		this.status = Status.PENDING;
		this.invitedBy = invitedBy;
		this.invitedAt = now;
		this.expiresAt = now.plus(VALIDITY);
	}

	/**
	 * Whether the link still works.
	 * @param now the moment
	 * @return true while pending and not expired
	 */
	public boolean usable(Instant now) {
		return this.status == Status.PENDING && now.isBefore(this.expiresAt);
	}

	/**
	 * Uses the invitation to join.
	 * @param now the moment
	 * @throws MembershipRefused when the link no longer works
	 */
	public void accept(Instant now) {
		settle(Status.ACCEPTED, now);
	}

	/**
	 * Turns the invitation down.
	 * @param now the moment
	 * @throws MembershipRefused when the link no longer works
	 */
	public void decline(Instant now) {
		settle(Status.DECLINED, now);
	}

	/**
	 * Withdraws the invitation, as a facilitator does; its link stops working.
	 * @param now the moment
	 * @throws MembershipRefused when the invitation was already used or revoked
	 */
	public void revoke(Instant now) {
		if (this.status != Status.PENDING) {
			throw new MembershipRefused("membership.invitation.notPending");
		}
		this.status = Status.REVOKED;
		this.decidedAt = now;
	}

	private void settle(Status outcome, Instant now) {
		if (!usable(now)) {
			throw new MembershipRefused("membership.invitation.gone");
		}
		this.status = outcome;
		this.decidedAt = now;
	}

	/** Forgets who sent it, when the inviter erases their account. */
	void forgetInviter() {
		this.invitedBy = null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public String email() {
		return this.email;
	}

	public CommunityRole role() {
		return this.role;
	}

	public Locale language() {
		return Locale.of(this.language);
	}

	public Status status() {
		return this.status;
	}

	public @Nullable UUID invitedBy() {
		return this.invitedBy;
	}

	public Instant invitedAt() {
		return this.invitedAt;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

}
