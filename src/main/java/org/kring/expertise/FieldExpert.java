package org.kring.expertise;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An expert found for some fields, such as a reviewer for a good practice.
 *
 * @param personId the expert
 * @param organisationId the organisation they work for, or null for an independent expert
 * @param years their years of experience in the fields sought, together
 */
public record FieldExpert(UUID personId, @Nullable UUID organisationId, int years) {
}
