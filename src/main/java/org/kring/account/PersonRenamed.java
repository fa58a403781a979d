package org.kring.account;

import java.util.UUID;

/**
 * A person chose another display name, for the modules that keep a copy of it (such as
 * the search entry of an expert profile).
 *
 * @param personId the person
 * @param displayName the new name
 */
public record PersonRenamed(UUID personId, String displayName) {
}
