package org.kring.meeting.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The series of meetings.
 */
public interface AllSeries extends JpaRepository<Series, UUID> {

	/**
	 * A community's series, by title.
	 * @param communityId the community
	 * @return its series
	 */
	List<Series> findByCommunityIdOrderByTitle(UUID communityId);

}
