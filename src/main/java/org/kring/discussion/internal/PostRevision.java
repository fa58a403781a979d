package org.kring.discussion.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The text a post held before an edit, with who edited it and when.
 */
@Entity
@Table(name = "discussion_post_revision")
public class PostRevision {

	@Id
	private UUID id;

	@Column(name = "post_id", nullable = false)
	private UUID postId;

	@Column(name = "body", nullable = false, length = 60_000)
	private String text;

	@Column(name = "edited_by", nullable = false)
	private UUID editedBy;

	@Column(name = "edited_at", nullable = false)
	private Instant editedAt;

	protected PostRevision() {
		this.id = new UUID(0, 0);
		this.postId = this.id;
		this.text = "";
		this.editedBy = this.id;
		this.editedAt = Instant.EPOCH;
	}

	PostRevision(UUID postId, String text, UUID editedBy, Instant editedAt) {
		this.id = UUID.randomUUID();
		this.postId = postId;
		this.text = text;
		this.editedBy = editedBy;
		this.editedAt = editedAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID postId() {
		return this.postId;
	}

	public String text() {
		return this.text;
	}

	public UUID editedBy() {
		return this.editedBy;
	}

	public Instant editedAt() {
		return this.editedAt;
	}

}
