package org.kring.account.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The people with an account.
 */
public interface People extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

	boolean existsByAdministratorTrue();

}
