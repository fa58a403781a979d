package org.kring.community.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;

/**
 * A community as its page shows it to one reader. When the reader may know of it but not
 * read it (members only), the content fields are empty.
 *
 * @param summary the community as other modules know it
 * @param name the name in the reader's language, else the original
 * @param readable whether the reader may read all of it
 * @param domain the domain statement, null when not readable
 * @param practice the practice, null when not readable
 * @param themes the themes, sorted
 * @param places the countries and regions
 * @param languages the working languages' ISO codes, sorted
 * @param facilitators the facilitators' display names, sorted
 * @param partners the partner organisations' ids
 * @param memberCount how many members it has
 * @param viewerRole the reader's role in it, null when not a member
 * @param canEdit whether the reader may change it
 * @param canDecide whether the reader may approve or decline it (a proposal, read by an
 * administrator)
 */
public record CommunityDetail(CommunitySummary summary, LocalizedText name, boolean readable,
		@Nullable LocalizedText domain, @Nullable LocalizedText practice, List<String> themes, List<Place> places,
		List<String> languages, List<String> facilitators, List<UUID> partners, long memberCount,
		@Nullable CommunityRole viewerRole, boolean canEdit, boolean canDecide) {
}
