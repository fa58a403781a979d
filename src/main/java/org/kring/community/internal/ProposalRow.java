package org.kring.community.internal;

import java.time.Instant;

/**
 * A proposed community waiting for an administrator.
 *
 * @param slug its address
 * @param name its name in the original language
 * @param language the original language
 * @param proposedBy the proposer's display name
 * @param proposedAt when it was proposed
 */
public record ProposalRow(String slug, String name, String language, String proposedBy, Instant proposedAt) {
}
