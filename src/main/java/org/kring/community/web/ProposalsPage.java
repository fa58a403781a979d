package org.kring.community.web;

import java.util.List;

import org.kring.community.internal.ProposalRow;

/**
 * The proposed communities waiting for an administrator.
 *
 * @param proposals oldest first
 */
public record ProposalsPage(List<ProposalRow> proposals) {
}
