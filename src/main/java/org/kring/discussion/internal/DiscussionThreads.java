package org.kring.discussion.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The stored {@link DiscussionThread}s.
 */
public interface DiscussionThreads extends JpaRepository<DiscussionThread, UUID> {

	/**
	 * A page of a community's threads that are not deleted, pinned first, then the most
	 * recently active.
	 * @param communityId the community
	 * @param publicOnly whether to list only the threads open to the public
	 * @param pageable which page
	 * @return the threads
	 */
	@Query("""
			select t from DiscussionThread t
			 where t.communityId = :communityId and t.deleted = false
			   and (:publicOnly = false or t.openToPublic = true)
			 order by t.pinned desc, t.lastActivityAt desc, t.id
			""")
	List<DiscussionThread> listed(UUID communityId, boolean publicOnly, Pageable pageable);

	/**
	 * The threads someone started that are not deleted, for the erasure of their data.
	 * @param authorId who started them
	 * @return the threads
	 */
	@Query("select t from DiscussionThread t where t.authorId = :authorId and t.deleted = false")
	List<DiscussionThread> startedBy(UUID authorId);

	/**
	 * How many threads {@link #listed} lists in all.
	 * @param communityId the community
	 * @param publicOnly whether to count only the threads open to the public
	 * @return the count
	 */
	@Query("""
			select count(t) from DiscussionThread t
			 where t.communityId = :communityId and t.deleted = false
			   and (:publicOnly = false or t.openToPublic = true)
			""")
	long countListed(UUID communityId, boolean publicOnly);

	/**
	 * Counts a reply and its time as the thread's last activity, without touching the
	 * thread's version, so that people replying at once do not refuse each other.
	 * @param threadId the thread
	 * @param at when the reply was posted
	 */
	@Modifying(flushAutomatically = true)
	@Query("update DiscussionThread t set t.replyCount = t.replyCount + 1, t.lastActivityAt = :at where t.id = :threadId")
	void replied(UUID threadId, Instant at);

}
