package org.kring.discussion.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A post in a thread: the opening post or a reply, in Markdown as its author wrote it
 * (checked by {@link PostText#accepted}). Edits keep the earlier text as a
 * {@link PostRevision}; a deleted post keeps its place but not its text.
 */
@Entity
@Table(name = "discussion_post")
public class Post {

	@Id
	private UUID id;

	@Column(name = "thread_id", nullable = false)
	private UUID threadId;

	@Column(name = "author_id", nullable = false)
	private UUID authorId;

	@Column(name = "body", nullable = false, length = 60_000)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "edited_at")
	private @Nullable Instant editedAt;

	@Column(nullable = false)
	private boolean deleted;

	@Column(name = "useful_tip", nullable = false)
	private boolean usefulTip;

	@Column(name = "quoted_post_id")
	private @Nullable UUID quotedPostId;

	@Column(nullable = false)
	private boolean hidden;

	@Column(name = "restored_at")
	private @Nullable Instant restoredAt;

	@Version
	private @Nullable Long version;

	protected Post() {
		this.id = new UUID(0, 0);
		this.threadId = this.id;
		this.authorId = this.id;
		this.text = "";
		this.createdAt = Instant.EPOCH;
	}

	Post(UUID threadId, UUID authorId, String text, @Nullable UUID quotedPostId, Instant at) {
		this.id = UUID.randomUUID();
		this.threadId = threadId;
		this.authorId = authorId;
		this.text = text;
		this.quotedPostId = quotedPostId;
		this.createdAt = at;
	}

	public UUID id() {
		return this.id;
	}

	public UUID threadId() {
		return this.threadId;
	}

	public UUID authorId() {
		return this.authorId;
	}

	public String text() {
		return this.text;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant editedAt() {
		return this.editedAt;
	}

	public boolean deleted() {
		return this.deleted;
	}

	public boolean usefulTip() {
		return this.usefulTip;
	}

	public @Nullable UUID quotedPostId() {
		return this.quotedPostId;
	}

	public boolean hidden() {
		return this.hidden;
	}

	/**
	 * Since when flags count toward hiding the post: since a moderator last restored it.
	 * @return the moment, or the epoch when no moderator ever did
	 */
	public Instant flagsCountSince() {
		return (this.restoredAt != null) ? this.restoredAt : Instant.EPOCH;
	}

	void hide() {
		this.hidden = true;
	}

	void restore(Instant at) {
		this.hidden = false;
		this.restoredAt = at;
	}

	/** Replaces the text, returning the earlier one as a revision. */
	PostRevision edit(String text, UUID by, Instant at) {
		var revision = new PostRevision(this.id, this.text, by, at);
		this.text = text;
		this.editedAt = at;
		return revision;
	}

	void delete() {
		this.deleted = true;
		this.text = "";
		this.usefulTip = false;
	}

	void markUsefulTip(boolean tip) {
		this.usefulTip = tip;
	}

}
