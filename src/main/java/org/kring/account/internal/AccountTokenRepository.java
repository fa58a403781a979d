package org.kring.account.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The links sent by e-mail.
 */
public interface AccountTokenRepository extends ListCrudRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.personId = :personId and t.purpose = :purpose and t.usedAt is null")
	int useAllOf(@Param("personId") UUID personId, @Param("purpose") AccountToken.Purpose purpose,
			@Param("now") Instant now);

	@Modifying
	@Query("delete from AccountToken t where t.personId = :personId")
	int deleteAllOf(@Param("personId") UUID personId);

}
