package org.kring.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The new addresses a person asked to change to and has not confirmed yet.
 */
interface PendingEmailChanges extends Repository<AccountToken, UUID> {

	@Query("select t.newEmail from AccountToken t where t.personId = :personId and t.purpose = :purpose "
			+ "and t.usedAt is null and t.expiresAt > :now and t.newEmail is not null order by t.createdAt desc")
	List<String> newAddressesOf(@Param("personId") UUID personId, @Param("purpose") AccountToken.Purpose purpose,
			@Param("now") Instant now);

	default List<String> of(UUID personId, Instant now) {
		return newAddressesOf(personId, AccountToken.Purpose.CHANGE_EMAIL, now);
	}

}
