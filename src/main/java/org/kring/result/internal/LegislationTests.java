package org.kring.result.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The stored {@link LegislationTest}s.
 */
public interface LegislationTests extends JpaRepository<LegislationTest, UUID> {

	/**
	 * Whether a meeting's product already became a result.
	 * @param productId the product
	 * @return true when it did
	 */
	boolean existsByOriginProductId(UUID productId);

}
