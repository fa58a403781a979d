package org.kring.discussion.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The stored {@link PostRevision}s.
 */
public interface PostRevisions extends JpaRepository<PostRevision, UUID> {

	/**
	 * A post's earlier versions, the most recent first.
	 * @param postId the post
	 * @return the revisions
	 */
	List<PostRevision> findByPostIdOrderByEditedAtDesc(UUID postId);

	/**
	 * Forgets a post's earlier versions, when its author deletes it.
	 * @param postId the post
	 */
	@Modifying
	@Query("delete from PostRevision r where r.postId = :postId")
	void forget(UUID postId);

}
