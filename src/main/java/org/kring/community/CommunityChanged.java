package org.kring.community;

import java.util.UUID;

/**
 * A community's description changed (name, texts, themes, places, visibility or join
 * policy), such as for a search index to update.
 *
 * @param communityId the community
 * @param slug its address after the change
 */
public record CommunityChanged(UUID communityId, String slug) {
}
