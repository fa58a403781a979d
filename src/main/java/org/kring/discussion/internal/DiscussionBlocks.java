package org.kring.discussion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored {@link DiscussionBlock}s.
 */
public interface DiscussionBlocks extends JpaRepository<DiscussionBlock, UUID> {

	/**
	 * Whether a person is blocked from a community's discussions.
	 * @param communityId the community
	 * @param personId the person
	 * @return true when they are
	 */
	boolean existsByCommunityIdAndPersonId(UUID communityId, UUID personId);

	/**
	 * A person's block in a community.
	 * @param communityId the community
	 * @param personId the person
	 * @return the block, empty when they are not blocked
	 */
	Optional<DiscussionBlock> findByCommunityIdAndPersonId(UUID communityId, UUID personId);

	/**
	 * The people blocked from a community's discussions.
	 * @param communityId the community
	 * @return the blocks, the most recent first
	 */
	List<DiscussionBlock> findByCommunityIdOrderByCreatedAtDesc(UUID communityId);

	/**
	 * The people blocked from some communities' discussions.
	 * @param communityIds the communities
	 * @return the blocks
	 */
	List<DiscussionBlock> findByCommunityIdIn(Collection<UUID> communityIds);

}
