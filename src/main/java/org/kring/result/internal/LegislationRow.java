package org.kring.result.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An entry as the legislation register lists it.
 *
 * @param id the entry
 * @param ruleTested the rule or article tested
 * @param title its title
 * @param finding what the group found in practice, or null
 * @param recommendation what it recommends, or null
 * @param signalId the signal it became, or null
 * @param meetingId the meeting it came from, or null
 * @param theme the meeting's theme, or null
 * @param createdAt when it was written
 */
public record LegislationRow(UUID id, String ruleTested, String title, @Nullable String finding,
		@Nullable String recommendation, @Nullable UUID signalId, @Nullable UUID meetingId, @Nullable String theme,
		Instant createdAt) {
}
