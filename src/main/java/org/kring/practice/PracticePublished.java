package org.kring.practice;

import java.util.UUID;

/**
 * A coordinator published an evaluated good practice.
 *
 * @param practiceId the practice
 * @param submitterId its submitter
 */
public record PracticePublished(UUID practiceId, UUID submitterId) {
}
