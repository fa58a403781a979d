package org.kring.community.internal;

/**
 * A community as its edit form starts from.
 *
 * @param description the description as stored
 * @param version the version it was read at
 */
public record Editing(CommunityDescription description, long version) {
}
