package org.kring.community.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A community's text in one more language; a field left out shows the original's.
 *
 * @param name the name, or null
 * @param domain the domain statement, or null
 * @param practice the practice, or null
 */
@Embeddable
public record Translation(@Column(name = "name", length = Community.NAME_MAX_LENGTH) @Nullable String name,
		@Column(name = "domain", length = Community.DOMAIN_MAX_LENGTH) @Nullable String domain,
		@Column(name = "practice", length = Community.PRACTICE_MAX_LENGTH) @Nullable String practice) {

	public Translation {
		name = blankToNull(name);
		domain = blankToNull(domain);
		practice = blankToNull(practice);
	}

	/**
	 * Whether nothing was translated, so there is nothing to keep.
	 * @return true when every field is empty
	 */
	public boolean isEmpty() {
		return this.name == null && this.domain == null && this.practice == null;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
