package org.kring.practice;

import java.util.UUID;

/**
 * A coordinator returned a good practice to its submitter with comments.
 *
 * @param practiceId the practice
 * @param submitterId its submitter
 */
public record PracticeReturned(UUID practiceId, UUID submitterId) {
}
