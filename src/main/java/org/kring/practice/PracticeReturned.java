package org.kring.practice;

import java.util.UUID;

/**
 * A coordinator returned a good practice to its submitter with comments.
 *
 * @param practiceId the practice
 * @param submitterId its submitter
 * @param returnId this return's own id, the same however often the event is delivered: a
 * practice may come back more than once
 */
public record PracticeReturned(UUID practiceId, UUID submitterId, UUID returnId) {
}
