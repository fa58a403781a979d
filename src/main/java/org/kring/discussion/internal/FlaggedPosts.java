package org.kring.discussion.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The posts of the moderation queue: those with open flags, flags given since a moderator
 * last dealt with the post's flags.
 */
public interface FlaggedPosts extends Repository<Post, UUID> {

	/**
	 * A page of the posts with open flags in some communities' threads, not deleted, the
	 * oldest first.
	 * @param communityIds the communities, at least one
	 * @param epoch the moment that stands for "never dealt with"
	 * @param pageable which page
	 * @return the posts' ids
	 */
	@Query("""
			select p.id from Post p, DiscussionThread t
			 where p.threadId = t.id and t.communityId in :communityIds and t.deleted = false and p.deleted = false
			   and exists (select f.id from PostFlag f
			                where f.postId = p.id and f.createdAt > coalesce(p.restoredAt, :epoch))
			 order by p.createdAt, p.id
			""")
	List<UUID> open(Collection<UUID> communityIds, Instant epoch, Pageable pageable);

	/**
	 * How many posts {@link #open} lists in all.
	 * @param communityIds the communities, at least one
	 * @param epoch the moment that stands for "never dealt with"
	 * @return the count
	 */
	@Query("""
			select count(p) from Post p, DiscussionThread t
			 where p.threadId = t.id and t.communityId in :communityIds and t.deleted = false and p.deleted = false
			   and exists (select f.id from PostFlag f
			                where f.postId = p.id and f.createdAt > coalesce(p.restoredAt, :epoch))
			""")
	long countOpen(Collection<UUID> communityIds, Instant epoch);

	/**
	 * Posts with their threads, in one query.
	 * @param postIds the posts, at least one
	 * @return pairs of a post and its thread
	 */
	@Query("select p, t from Post p, DiscussionThread t where p.threadId = t.id and p.id in :postIds")
	List<Object[]> withThreads(Collection<UUID> postIds);

	/**
	 * Every flag of some posts, the oldest first.
	 * @param postIds the posts, at least one
	 * @return the flags
	 */
	@Query("select f from PostFlag f where f.postId in :postIds order by f.createdAt, f.id")
	List<PostFlag> flagsOf(Collection<UUID> postIds);

}
