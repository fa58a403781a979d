package org.kring.expertise.coverage;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An active expert of a community, as the coverage matrix counts them.
 *
 * @param person who they are: their person id, or their nomination's id when they have
 * none, so that one person counts once
 * @param organisationId the organisation they were nominated for, null when none
 * @param fields the codes of the fields they were nominated on, retired ones included
 */
record ActiveExpert(String person, @Nullable UUID organisationId, Set<String> fields) {

	ActiveExpert {
		fields = Set.copyOf(fields);
	}

}
