package org.kring.meeting.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The meetings.
 */
public interface Meetings extends JpaRepository<Meeting, UUID> {

	/**
	 * A meeting with its row locked until the transaction ends, so that registrations,
	 * cancellations and promotions for one meeting happen one after the other: capacity
	 * is never exceeded and the waiting list keeps its order.
	 * @param id the meeting
	 * @return the meeting, or empty when there is none
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Meeting m where m.id = :id")
	Optional<Meeting> lockById(@Param("id") UUID id);

}
