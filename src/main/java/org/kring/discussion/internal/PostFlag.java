package org.kring.discussion.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's flag of a post, with their reason for a moderator to look at it.
 */
@Entity
@Table(name = "discussion_flag")
public class PostFlag {

	/** The longest reason a flag may give. */
	public static final int REASON_MAX_LENGTH = 500;

	@Id
	private UUID id;

	@Column(name = "post_id", nullable = false)
	private UUID postId;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@Column(nullable = false, length = REASON_MAX_LENGTH)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PostFlag() {
		this.id = new UUID(0, 0);
		this.postId = this.id;
		this.personId = this.id;
		this.reason = "";
		this.createdAt = Instant.EPOCH;
	}

	PostFlag(UUID postId, UUID personId, String reason, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.postId = postId;
		this.personId = personId;
		this.reason = reason;
		this.createdAt = createdAt;
	}

	public UUID postId() {
		return this.postId;
	}

	public UUID personId() {
		return this.personId;
	}

	public String reason() {
		return this.reason;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
