package org.kring.expertise;

import java.util.UUID;

/**
 * An asked expert replied to a request: answered it, or declined it.
 *
 * @param requestId the request
 * @param expertId the expert
 * @param askedBy who asked, to be told
 * @param declined true when the expert declined, false when they answered
 */
public record ExpertInputGiven(UUID requestId, UUID expertId, UUID askedBy, boolean declined) {
}
