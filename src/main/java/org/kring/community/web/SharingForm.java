package org.kring.community.web;

import org.kring.community.internal.Sharing;

/**
 * What a member shares with one community and with all of theirs. Unticked boxes are not
 * sent, and mean no.
 *
 * @param email share the e-mail address with this community
 * @param organisation share the organisation with this community
 * @param expertise share the expertise with this community
 * @param allEmail share the e-mail address with all communities
 * @param allOrganisation share the organisation with all communities
 * @param allExpertise share the expertise with all communities
 */
public record SharingForm(boolean email, boolean organisation, boolean expertise, boolean allEmail,
		boolean allOrganisation, boolean allExpertise) {

	Sharing here() {
		return new Sharing(this.email, this.organisation, this.expertise);
	}

	Sharing everywhere() {
		return new Sharing(this.allEmail, this.allOrganisation, this.allExpertise);
	}

}
