package org.kring.discussion.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored {@link PostFlag}s.
 */
public interface PostFlags extends JpaRepository<PostFlag, UUID> {

	/**
	 * Whether someone flagged a post already.
	 * @param postId the post
	 * @param personId the person
	 * @return true when they did
	 */
	boolean existsByPostIdAndPersonId(UUID postId, UUID personId);

	/**
	 * How many members flagged a post since a moment.
	 * @param postId the post
	 * @param since the moment, such as when a moderator last restored it
	 * @return the count
	 */
	long countByPostIdAndCreatedAtAfter(UUID postId, Instant since);

	/**
	 * Forgets someone's flags, for the erasure of their data.
	 * @param personId the person
	 */
	void deleteByPersonId(UUID personId);

}
