package org.kring.community.internal;

import java.util.Set;
import java.util.UUID;

/**
 * A community as its edit form starts from.
 *
 * @param description the description as stored
 * @param partners the partner organisations' ids
 * @param version the version it was read at
 */
public record Editing(CommunityDescription description, Set<UUID> partners, long version) {
}
