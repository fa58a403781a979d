package org.kring.discussion.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored {@link PostAttachment}s.
 */
public interface PostAttachments extends JpaRepository<PostAttachment, UUID> {

	/**
	 * The files of some posts, in one query, in the order they were attached.
	 * @param postIds the posts
	 * @return their files
	 */
	List<PostAttachment> findByPostIdInOrderByPostIdAscPositionAsc(Collection<UUID> postIds);

	/**
	 * A post's files.
	 * @param postId the post
	 * @return its files, in the order they were attached
	 */
	List<PostAttachment> findByPostIdOrderByPosition(UUID postId);

}
