package org.kring.result.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored {@link Signal}s.
 */
public interface Signals extends JpaRepository<Signal, UUID> {

	/**
	 * Whether a meeting's product already became a result.
	 * @param productId the product
	 * @return true when it did
	 */
	boolean existsByOriginProductId(UUID productId);

	/**
	 * A community's signals in one state, oldest first.
	 * @param communityId the community
	 * @param state the state, such as {@link SignalState#DRAFT}
	 * @param limit how many at most
	 * @return the signals
	 */
	List<Signal> findByCommunityIdAndStateOrderByCreatedAt(UUID communityId, SignalState state, Limit limit);

}
