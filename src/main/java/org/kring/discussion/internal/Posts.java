package org.kring.discussion.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The stored {@link Post}s.
 */
public interface Posts extends JpaRepository<Post, UUID> {

	/**
	 * A page of a thread's posts, oldest first.
	 * @param threadId the thread
	 * @param pageable which page
	 * @return the posts
	 */
	@Query("select p from Post p where p.threadId = :threadId order by p.createdAt, p.id")
	List<Post> inThread(UUID threadId, Pageable pageable);

	/**
	 * Someone's posts that are not deleted, for the erasure of their data.
	 * @param authorId the author
	 * @return the posts
	 */
	List<Post> findByAuthorIdAndDeletedFalse(UUID authorId);

	/**
	 * How many posts of a thread others wrote, deleted ones included.
	 * @param threadId the thread
	 * @param authorId the one whose posts are not counted
	 * @return the count
	 */
	@Query("select count(p) from Post p where p.threadId = :threadId and p.authorId <> :authorId")
	long countWrittenByOthers(UUID threadId, UUID authorId);

	/**
	 * How many posts a thread has, deleted ones included.
	 * @param threadId the thread
	 * @return the count
	 */
	long countByThreadId(UUID threadId);

	/**
	 * How many posts someone wrote in a community's threads since a moment.
	 * @param authorId the author
	 * @param communityId the community
	 * @param since the moment
	 * @return the count, deleted posts included
	 */
	@Query("""
			select count(p) from Post p, DiscussionThread t
			 where p.threadId = t.id and t.communityId = :communityId
			   and p.authorId = :authorId and p.createdAt >= :since
			""")
	long countWrittenSince(UUID authorId, UUID communityId, Instant since);

	/**
	 * How many posts of a thread come before a post, for the page it is on.
	 * @param threadId the thread
	 * @param createdAt when the post was written
	 * @return the count
	 */
	@Query("select count(p) from Post p where p.threadId = :threadId and p.createdAt < :createdAt")
	long countBefore(UUID threadId, Instant createdAt);

}
