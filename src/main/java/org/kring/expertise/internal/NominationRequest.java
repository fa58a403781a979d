package org.kring.expertise.internal;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A nomination as a nominator asks for it.
 *
 * @param communityId the community
 * @param personId the candidate when they have an account and the nominator chose them,
 * else null
 * @param email the candidate's address when no person was chosen
 * @param fields the codes of the expertise fields
 * @param organisationId the partner organisation the candidate represents, or null for
 * their own affiliation when it is a partner
 * @param note what the nominator wants the other nominators to know
 */
public record NominationRequest(UUID communityId, @Nullable UUID personId, @Nullable String email, Set<String> fields,
		@Nullable UUID organisationId, @Nullable String note) {

	/** The longest note. */
	public static final int NOTE_MAX_LENGTH = 2000;

}
