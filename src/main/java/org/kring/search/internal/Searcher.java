package org.kring.search.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who searches, as far as the index's reader tokens go.
 *
 * @param administrator administrators find everything
 * @param coordinator coordinators find what is left to coordinators
 * @param personId the person, or null for a visitor
 * @param readable the communities whose content they read
 * @param memberOf the communities they belong to
 * @param slugs the slugs of the communities they read, by id, for the links of what hangs
 * under them
 */
record Searcher(boolean administrator, boolean coordinator, @Nullable UUID personId, Set<String> readable,
		Set<String> memberOf, Map<UUID, String> slugs) {
}
