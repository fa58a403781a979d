package org.kring.practice;

import java.util.UUID;

/**
 * A coordinator assigned a reviewer to a good practice.
 *
 * @param practiceId the practice
 * @param reviewerId the reviewer
 */
public record PracticeReviewerAssigned(UUID practiceId, UUID reviewerId) {
}
