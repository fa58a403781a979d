package org.kring.practice.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The criteria practices are scored on.
 */
public interface Criteria extends JpaRepository<Criterion, UUID> {

	/** Every criterion, retired ones included, in the order they are asked. */
	List<Criterion> findAllByOrderByPositionAsc();

	/** The criteria reviewers are asked now, in order. */
	List<Criterion> findByRetiredFalseOrderByPositionAsc();

}
