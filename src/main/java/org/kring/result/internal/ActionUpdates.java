package org.kring.result.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored {@link ActionUpdate}s.
 */
public interface ActionUpdates extends JpaRepository<ActionUpdate, UUID> {

	/**
	 * The updates on these actions, in one query, the newest first.
	 * @param actionIds the actions
	 * @return their updates
	 */
	List<ActionUpdate> findByActionIdInOrderByUpdateOnDescWrittenAtDesc(Collection<UUID> actionIds);

}
