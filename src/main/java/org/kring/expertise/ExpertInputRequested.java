package org.kring.expertise;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Someone asked one or more experts for a piece of input.
 *
 * @param requestId the request
 * @param expertIds the experts asked
 * @param askedBy who asked
 * @param dueOn the day the input is due
 */
public record ExpertInputRequested(UUID requestId, List<UUID> expertIds, UUID askedBy, LocalDate dueOn) {
}
