package org.kring.practice;

import java.util.UUID;

/**
 * A reviewer handed in their scores of a good practice.
 *
 * @param practiceId the practice
 * @param reviewerId the reviewer
 */
public record PracticeReviewHandedIn(UUID practiceId, UUID reviewerId) {
}
