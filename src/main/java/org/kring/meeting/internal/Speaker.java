package org.kring.meeting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A guest speaker at a meeting. Speakers need no account.
 *
 * @param name their name
 * @param role their role, such as "lawyer", or null
 * @param organisation the organisation they come from, or null
 * @param bio a short biography, or null
 */
@Embeddable
public record Speaker(@Column(name = "name", nullable = false, length = 120) String name,
		@Column(name = "role", length = 120) @Nullable String role,
		@Column(name = "organisation", length = 200) @Nullable String organisation,
		@Column(name = "bio", length = 1000) @Nullable String bio) {
}
