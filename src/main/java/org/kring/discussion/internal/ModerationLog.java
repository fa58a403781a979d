package org.kring.discussion.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored {@link ModerationEntry}s: every community's moderation log.
 */
public interface ModerationLog extends JpaRepository<ModerationEntry, UUID> {

	/**
	 * A page of a community's log, the most recent first.
	 * @param communityId the community
	 * @param pageable which page
	 * @return the entries
	 */
	List<ModerationEntry> findByCommunityIdOrderByCreatedAtDescIdDesc(UUID communityId, Pageable pageable);

	/**
	 * How many entries a community's log holds.
	 * @param communityId the community
	 * @return the count
	 */
	long countByCommunityId(UUID communityId);

}
