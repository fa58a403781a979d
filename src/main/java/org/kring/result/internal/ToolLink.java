package org.kring.result.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a tool is found: a label and an http(s) address.
 *
 * @param label what the link shows, such as "Checklist (PDF)"
 * @param url the address
 */
@Embeddable
public record ToolLink(@Column(name = "label", nullable = false, length = 200) String label,
		@Column(name = "url", nullable = false, length = 500) String url) {
}
