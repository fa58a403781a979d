package org.kring.practice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A link from a practice to more about it: its website, a report, a video.
 *
 * @param label what the link shows, or null to show the address
 * @param url the http(s) address
 */
@Embeddable
public record PracticeLink(@Column(name = "label", length = 200) @Nullable String label,
		@Column(name = "url", nullable = false, length = 2000) String url) {
}
