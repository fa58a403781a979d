package org.kring.result.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tool as the toolbox lists it.
 *
 * @param id the tool
 * @param title its name
 * @param description what it is, Markdown, or null
 * @param meetingId the meeting it came from, or null
 * @param theme the meeting's theme, or null
 * @param createdAt when it was added
 * @param links where it is found
 */
public record ToolRow(UUID id, String title, @Nullable String description, @Nullable UUID meetingId,
		@Nullable String theme, Instant createdAt, List<ToolLink> links) {
}
