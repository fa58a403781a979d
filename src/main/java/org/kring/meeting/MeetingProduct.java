package org.kring.meeting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One product of a closed meeting.
 *
 * @param id the product's id, stable for the result module to refer to
 * @param kind which of the four kinds
 * @param title a short title
 * @param description what it is, or null
 * @param authority for a joint signal: the authority it is addressed to, by name; else
 * null
 * @param authorityId for a joint signal addressed to a known organisation: the
 * organisation module's id of it; else null
 * @param ruleTested for a legislation test: the rule or article it tests; else null
 */
public record MeetingProduct(UUID id, ProductKind kind, String title, @Nullable String description,
		@Nullable String authority, @Nullable UUID authorityId, @Nullable String ruleTested) {
}
