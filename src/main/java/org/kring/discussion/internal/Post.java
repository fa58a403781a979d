package org.kring.discussion.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableAlsoReads;
import org.kring.system.search.SearchableBinder;
import org.kring.system.search.SearchableRouting;

/**
 * A post in a thread: the opening post or a reply, in Markdown as its author wrote it
 * (checked by {@link PostText#accepted}). Edits keep the earlier text as a
 * {@link PostRevision}; a deleted post keeps its place but not its text.
 * <p>
 * The search finds a post by its text, with its thread's visibility: members of the
 * community, and whoever reads the community when the thread is open to the public. The
 * thread's title shows with the post but is not searched in it (the thread itself is
 * found by its title). A hidden or deleted post, or one of a deleted thread, leaves the
 * index.
 */
@Entity
@Indexed(index = "discussion-post", routingBinder = @RoutingBinderRef(type = SearchableRouting.class))
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@SearchableAlsoReads({ "thread.communityId", "thread.title", "thread.openToPublic", "thread.deleted" })
@Table(name = "discussion_post")
public class Post implements Searchable {

	@Id
	private UUID id;

	@Column(name = "thread_id", nullable = false)
	private UUID threadId;

	/** The same thread, read only, for the search: the post is written by its id. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "thread_id", insertable = false, updatable = false)
	private @Nullable DiscussionThread thread;

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

	Post(DiscussionThread thread, UUID authorId, String text, @Nullable UUID quotedPostId, Instant at) {
		this.id = UUID.randomUUID();
		this.threadId = thread.id();
		this.thread = thread;
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
	 * Since when flags count toward hiding the post, and are open in the moderation
	 * queue: since a moderator last dealt with its flags (hid, restored it or dismissed
	 * them).
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

	/** A moderator dealt with the flags so far: only later ones count. */
	void flagsDealtWith(Instant at) {
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

	@Override
	public String searchType() {
		return "discussion";
	}

	@Override
	public String searchTitle() {
		return thread().title();
	}

	@Override
	public boolean searchTitleSearched() {
		return false;
	}

	@Override
	public @Nullable String searchSummary() {
		return null;
	}

	@Override
	public String searchBody() {
		return PostText.plainText(this.text);
	}

	@Override
	public UUID searchCommunity() {
		return thread().communityId();
	}

	@Override
	public boolean searchIndexed() {
		return !this.hidden && !this.deleted && thread().searchIndexed();
	}

	/** The thread's readers. */
	@Override
	public Set<String> searchReaders() {
		return thread().searchReaders();
	}

	@Override
	public Instant searchDate() {
		return this.createdAt;
	}

	/** The thread's page at this post, under the community's discussions. */
	@Override
	public String searchKey() {
		return this.threadId + "/posts/" + this.id;
	}

	private DiscussionThread thread() {
		if (this.thread == null) {
			throw new IllegalStateException("A stored post has its thread");
		}
		return this.thread;
	}

}
