package org.kring.community.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Locks a community's row while its facilitators change, so that two facilitators who
 * step down at the same moment cannot both count the other as the one who stays.
 */
public interface CommunityLocks extends Repository<Community, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Community c where c.id = :id")
	Optional<Community> lock(UUID id);

}
