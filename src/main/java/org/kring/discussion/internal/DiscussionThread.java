package org.kring.discussion.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableBinder;
import org.kring.system.search.SearchableRouting;

/**
 * A thread of a community: its title, what it is about, whether the public reads it, and
 * what its facilitators did with it (pinned, locked, moved). Its posts are {@link Post}s;
 * its reply count and last activity move with them. The search finds it by its title:
 * members of its community, and whoever reads the community when it is open to the
 * public.
 */
@Entity
@Indexed(index = "discussion", routingBinder = @RoutingBinderRef(type = SearchableRouting.class))
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@Table(name = "discussion_thread")
public class DiscussionThread implements Searchable {

	/** The longest title a thread may have. */
	public static final int TITLE_MAX_LENGTH = 200;

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(nullable = false, length = TITLE_MAX_LENGTH)
	private String title;

	@Column(name = "meeting_id")
	private @Nullable UUID meetingId;

	@Column(name = "theme_id")
	private @Nullable UUID themeId;

	@Column(name = "open_to_public", nullable = false)
	private boolean openToPublic;

	@Column(nullable = false)
	private boolean pinned;

	@Column(nullable = false)
	private boolean locked;

	/**
	 * The thread's posts, never read by Kring itself: through them the search renews the
	 * entries of the posts when the thread's visibility changes.
	 */
	@OneToMany(mappedBy = "thread")
	private List<Post> posts = new ArrayList<>();

	@Column(nullable = false)
	private boolean deleted;

	@Column(name = "author_id", nullable = false)
	private UUID authorId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_activity_at", nullable = false)
	private Instant lastActivityAt;

	@Column(name = "reply_count", nullable = false)
	private int replyCount;

	@Version
	private @Nullable Long version;

	protected DiscussionThread() {
		this.id = new UUID(0, 0);
		this.communityId = this.id;
		this.title = "";
		this.authorId = this.id;
		this.createdAt = Instant.EPOCH;
		this.lastActivityAt = Instant.EPOCH;
	}

	DiscussionThread(UUID communityId, String title, @Nullable UUID meetingId, @Nullable UUID themeId,
			boolean openToPublic, UUID authorId, Instant at) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.title = title;
		this.meetingId = meetingId;
		this.themeId = themeId;
		this.openToPublic = openToPublic;
		this.authorId = authorId;
		this.createdAt = at;
		this.lastActivityAt = at;
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public String title() {
		return this.title;
	}

	public @Nullable UUID meetingId() {
		return this.meetingId;
	}

	public @Nullable UUID themeId() {
		return this.themeId;
	}

	public boolean openToPublic() {
		return this.openToPublic;
	}

	public boolean pinned() {
		return this.pinned;
	}

	public boolean locked() {
		return this.locked;
	}

	public boolean deleted() {
		return this.deleted;
	}

	public UUID authorId() {
		return this.authorId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant lastActivityAt() {
		return this.lastActivityAt;
	}

	public int replyCount() {
		return this.replyCount;
	}

	void pin(boolean pinned) {
		this.pinned = pinned;
	}

	void lock(boolean locked) {
		this.locked = locked;
	}

	void delete() {
		this.deleted = true;
	}

	/**
	 * Moves the thread to another community; it stays open to the public only when that
	 * community is public too.
	 */
	void moveTo(UUID communityId, boolean publicCommunity) {
		this.communityId = communityId;
		this.meetingId = null;
		this.themeId = null;
		this.openToPublic = this.openToPublic && publicCommunity;
	}

	@Override
	public String searchType() {
		return "discussion";
	}

	@Override
	public String searchTitle() {
		return this.title;
	}

	@Override
	public @Nullable String searchSummary() {
		return null;
	}

	@Override
	public UUID searchCommunity() {
		return this.communityId;
	}

	/** A deleted thread leaves the index. */
	@Override
	public boolean searchIndexed() {
		return !this.deleted;
	}

	/**
	 * Members read every thread, whoever reads the community those open to the public.
	 */
	@Override
	public Set<String> searchReaders() {
		return Set.of(this.openToPublic ? SearchReaders.PUBLIC : SearchReaders.MEMBERS);
	}

	@Override
	public Instant searchDate() {
		return this.createdAt;
	}

}
