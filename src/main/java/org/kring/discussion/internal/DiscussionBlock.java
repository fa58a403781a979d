package org.kring.discussion.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person blocked from a community's discussions by a moderator: they read its public
 * threads only, and start, reply, edit and flag nothing there.
 */
@Entity
@Table(name = "discussion_block")
public class DiscussionBlock {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@Column(name = "blocked_by", nullable = false)
	private UUID blockedBy;

	@Column(nullable = false, length = Moderation.REASON_MAX_LENGTH)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected DiscussionBlock() {
		this.id = new UUID(0, 0);
		this.communityId = this.id;
		this.personId = this.id;
		this.blockedBy = this.id;
		this.reason = "";
		this.createdAt = Instant.EPOCH;
	}

	DiscussionBlock(UUID communityId, UUID personId, UUID blockedBy, String reason, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.personId = personId;
		this.blockedBy = blockedBy;
		this.reason = reason;
		this.createdAt = createdAt;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public UUID personId() {
		return this.personId;
	}

	public UUID blockedBy() {
		return this.blockedBy;
	}

	public String reason() {
		return this.reason;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
