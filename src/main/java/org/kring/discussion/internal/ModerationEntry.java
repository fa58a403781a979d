package org.kring.discussion.internal;

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
 * An entry of a community's moderation log: who did what, to whom or which post, why and
 * when. Entries are never changed.
 */
@Entity
@Table(name = "discussion_moderation_log")
public class ModerationEntry {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "moderator_id", nullable = false)
	private UUID moderatorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ModerationAction action;

	@Column(name = "person_id")
	private @Nullable UUID personId;

	@Column(name = "thread_id")
	private @Nullable UUID threadId;

	@Column(name = "post_id")
	private @Nullable UUID postId;

	@Column(nullable = false, length = Moderation.REASON_MAX_LENGTH)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ModerationEntry() {
		this.id = new UUID(0, 0);
		this.communityId = this.id;
		this.moderatorId = this.id;
		this.action = ModerationAction.HIDE;
		this.reason = "";
		this.createdAt = Instant.EPOCH;
	}

	ModerationEntry(UUID communityId, UUID moderatorId, ModerationAction action, @Nullable UUID personId,
			@Nullable Post post, String reason, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.moderatorId = moderatorId;
		this.action = action;
		this.personId = personId;
		this.threadId = (post != null) ? post.threadId() : null;
		this.postId = (post != null) ? post.id() : null;
		this.reason = reason;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public UUID moderatorId() {
		return this.moderatorId;
	}

	public ModerationAction action() {
		return this.action;
	}

	public @Nullable UUID personId() {
		return this.personId;
	}

	public @Nullable UUID threadId() {
		return this.threadId;
	}

	public @Nullable UUID postId() {
		return this.postId;
	}

	public String reason() {
		return this.reason;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
