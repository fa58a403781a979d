package org.kring.community;

import java.util.UUID;

/**
 * What other modules may know of a community, in its original language.
 *
 * @param id the community's id, stable for ever
 * @param slug the readable part of its address, {@code /communities/{slug}}
 * @param name its name in the original language
 * @param kind what kind of group it is
 * @param visibility who learns of it and reads it
 * @param joinPolicy how people join
 * @param status in use, or a proposal
 */
public record CommunitySummary(UUID id, String slug, String name, CommunityKind kind, Visibility visibility,
		JoinPolicy joinPolicy, CommunityStatus status) {
}
