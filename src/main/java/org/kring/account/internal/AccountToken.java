package org.kring.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A link sent by e-mail, of which only a hash is kept: it expires, and it works once.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

	/**
	 * What a link is for, and how long it stays valid.
	 */
	public enum Purpose {

		VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), LOGIN_LINK(Duration.ofMinutes(15)),
		CHANGE_EMAIL(Duration.ofHours(48)), SET_PASSWORD(Duration.ofDays(7));

		private final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

		public Duration validity() {
			return this.validity;
		}

	}

	@Id
	private UUID id;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@Enumerated(EnumType.STRING)
	@Column(name = "purpose", nullable = false, length = 20)
	private Purpose purpose;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "new_email", length = 254)
	private @Nullable String newEmail;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	@SuppressWarnings("NullAway.Init")
	protected AccountToken() {
	}

	AccountToken(UUID personId, Purpose purpose, String tokenHash, @Nullable String newEmail, Instant now) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.newEmail = newEmail;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.validity());
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	public UUID personId() {
		return this.personId;
	}

	Purpose purpose() {
		return this.purpose;
	}

	@Nullable String newEmail() {
		return this.newEmail;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

}
