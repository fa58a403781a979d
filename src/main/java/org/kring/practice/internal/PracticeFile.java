package org.kring.practice.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a practice, as its row holds it.
 *
 * @param id the file's id, also its name on disk
 * @param practiceId the practice
 * @param name the name it was uploaded with, made safe
 * @param contentType the type its content showed
 * @param size its size in bytes
 * @param sha256 its checksum
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record PracticeFile(UUID id, UUID practiceId, String name, String contentType, long size, String sha256,
		UUID uploadedBy, Instant uploadedAt) {
}
