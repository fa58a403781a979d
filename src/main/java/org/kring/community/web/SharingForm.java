package org.kring.community.web;

import org.jspecify.annotations.Nullable;
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
public record SharingForm(@Nullable Boolean email, @Nullable Boolean organisation, @Nullable Boolean expertise,
		@Nullable Boolean allEmail, @Nullable Boolean allOrganisation, @Nullable Boolean allExpertise) {

	Sharing here() {
		return new Sharing(yes(this.email), yes(this.organisation), yes(this.expertise));
	}

	Sharing everywhere() {
		return new Sharing(yes(this.allEmail), yes(this.allOrganisation), yes(this.allExpertise));
	}

	private static boolean yes(@Nullable Boolean ticked) {
		return Boolean.TRUE.equals(ticked);
	}

}
