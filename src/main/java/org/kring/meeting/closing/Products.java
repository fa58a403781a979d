package org.kring.meeting.closing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The products of closed meetings.
 */
public interface Products extends JpaRepository<Product, UUID> {

	/**
	 * A meeting's products, in the order they were given.
	 * @param meetingId the meeting
	 * @return its products, none for a meeting not closed
	 */
	List<Product> findByMeetingIdOrderByPosition(UUID meetingId);

}
