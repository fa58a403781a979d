package org.kring.practice.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A state a practice reached: when, by whom and, when it was returned, with what
 * comments.
 *
 * @param id the change's own id
 * @param state the state reached
 * @param changedAt when
 * @param changedBy by whom
 * @param comments the coordinator's comments on returning it, else null
 */
@Embeddable
public record PracticeStateChange(@Column(name = "id", nullable = false) UUID id,
		@Enumerated(EnumType.STRING) @Column(name = "state", nullable = false, length = 12) PracticeState state,
		@Column(name = "changed_at", nullable = false) Instant changedAt,
		@Column(name = "changed_by", nullable = false) UUID changedBy,
		@Column(name = "comments", length = 4000) @Nullable String comments) {
}
