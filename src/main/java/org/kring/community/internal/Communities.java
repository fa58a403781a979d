package org.kring.community.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kring.community.CommunityStatus;
import org.kring.community.Visibility;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The communities, proposals included.
 */
public interface Communities extends ListCrudRepository<Community, UUID> {

	Optional<Community> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Community> findByStatusOrderByCreatedAt(CommunityStatus status);

	/**
	 * The communities in use with a visibility, and any community among some ids.
	 * @param status the status of the first kind, such as in use
	 * @param visibility the visibility of the first kind, such as public
	 * @param ids the others, such as the ones someone belongs to
	 * @return the communities
	 */
	@Query("select c from Community c where (c.status = :status and c.visibility = :visibility) or c.id in :ids")
	List<Community> findPublicOrAmong(@Param("status") CommunityStatus status,
			@Param("visibility") Visibility visibility, @Param("ids") Collection<UUID> ids);

	/**
	 * The places of some communities, as rows of community id, country and region.
	 * @param ids the communities
	 * @return the rows
	 */
	@Query("select c.id, p.country, p.region from Community c join c.places p where c.id in :ids")
	List<Object[]> findPlacesOf(@Param("ids") Collection<UUID> ids);

}
