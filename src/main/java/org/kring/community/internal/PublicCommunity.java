package org.kring.community.internal;

import java.util.List;
import java.util.UUID;

/**
 * A public community as the JSON API gives it: its description in the original language
 * with the translations, its partners and its size; no people.
 *
 * @param description the description
 * @param partners the partner organisations' ids
 * @param memberCount how many members it has
 */
public record PublicCommunity(CommunityDescription description, List<UUID> partners, long memberCount) {
}
