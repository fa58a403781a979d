package org.kring.community.internal;

/**
 * A community as one reader reaches it: the community, and who they are in it.
 *
 * @param community the community
 * @param viewer the reader with their role in it
 */
public record Visit(Community community, Viewer viewer) {
}
