package org.kring.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The people with an account.
 */
interface People extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

	boolean existsByAdministratorTrue();

}
