package org.kring.community.web;

import java.util.List;

/**
 * The proposed communities waiting for an administrator.
 *
 * @param proposals oldest first
 */
public record ProposalsPage(List<Proposal> proposals) {

	/**
	 * One proposal.
	 *
	 * @param slug its address
	 * @param name its name in the original language
	 * @param language the original language
	 * @param proposedBy the proposer's display name
	 * @param proposedAt when it was proposed, as date and time in the reader's language
	 * and the instance's time zone
	 */
	public record Proposal(String slug, String name, String language, String proposedBy, String proposedAt) {
	}

}
