package org.kring.result;

import java.time.Instant;
import java.util.UUID;

/**
 * An authority answered a signal or recommendation of a community, through the personal
 * link it was mailed; the answer is public with the signal.
 *
 * @param signalId the signal
 * @param communityId the community that signed it
 * @param title the signal's title
 * @param answeredAt when
 */
public record SignalAnswered(UUID signalId, UUID communityId, String title, Instant answeredAt) {
}
