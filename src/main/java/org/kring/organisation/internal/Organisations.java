package org.kring.organisation.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The organisations, for changing them; pages read through {@link OrganisationQueries}.
 */
public interface Organisations extends JpaRepository<Organisation, UUID> {

	Optional<Organisation> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
