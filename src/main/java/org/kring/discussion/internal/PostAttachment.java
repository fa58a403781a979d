package org.kring.discussion.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a post: an image or a PDF, stored by {@link DiscussionFiles} under
 * its id, with the name it was uploaded with (made safe), the type its content showed,
 * its size and its SHA-256 checksum.
 */
@Entity
@Table(name = "discussion_attachment")
public class PostAttachment {

	@Id
	private UUID id;

	@Column(name = "post_id", nullable = false)
	private UUID postId;

	@Column(nullable = false)
	private int position;

	@Column(name = "original_name", nullable = false)
	private String name;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PostAttachment() {
		this.id = new UUID(0, 0);
		this.postId = this.id;
		this.name = "";
		this.contentType = "";
		this.sha256 = "";
		this.createdAt = Instant.EPOCH;
	}

	PostAttachment(UUID id, UUID postId, int position, String name, String contentType, long size, String sha256,
			Instant createdAt) {
		this.id = id;
		this.postId = postId;
		this.position = position;
		this.name = name;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID postId() {
		return this.postId;
	}

	public String name() {
		return this.name;
	}

	public String contentType() {
		return this.contentType;
	}

	public long size() {
		return this.size;
	}

	public String sha256() {
		return this.sha256;
	}

	/**
	 * Whether a page may show it as an image.
	 * @return true for PNG and JPEG
	 */
	public boolean image() {
		return this.contentType.startsWith("image/");
	}

}
