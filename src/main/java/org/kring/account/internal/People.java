package org.kring.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The people with an account.
 */
public interface People extends ListCrudRepository<Person, UUID> {

	Optional<Person> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

	boolean existsByAdministratorTrue();

	@Query("select p from Person p where p.coordinator = true and p.erasedAt is null"
			+ " and p.emailVerifiedAt is not null order by p.createdAt, p.id")
	List<Person> findReachableCoordinators();

}
