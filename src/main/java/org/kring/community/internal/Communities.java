package org.kring.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kring.community.CommunityStatus;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The communities, proposals included.
 */
public interface Communities extends ListCrudRepository<Community, UUID> {

	Optional<Community> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Community> findByStatusOrderByCreatedAt(CommunityStatus status);

}
