package org.kring.community.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityRole;
import org.kring.community.CommunityStatus;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;

/**
 * A community as a list shows it to one reader. For a community the reader may find but
 * not read (members only), only the name, visibility and join policy are filled in.
 *
 * @param id the community's id
 * @param slug its address
 * @param name its name in the reader's language, else the original
 * @param kind its kind, null when not readable
 * @param visibility who sees it
 * @param joinPolicy how to join
 * @param status active, for a list
 * @param createdBy who started it
 * @param domain the domain statement, null when not readable
 * @param viewerRole the reader's role in it, null when they are not a member
 * @param memberCount how many members it has, 0 when not readable
 * @param themes its themes, empty when not readable
 * @param places its countries and regions, empty when not readable
 * @param readable whether the reader may read the whole community
 */
public record CommunityRow(UUID id, String slug, LocalizedText name, @Nullable CommunityKind kind,
		Visibility visibility, JoinPolicy joinPolicy, CommunityStatus status, UUID createdBy,
		@Nullable LocalizedText domain, @Nullable CommunityRole viewerRole, long memberCount, List<String> themes,
		List<Place> places, boolean readable) implements CommunityAccess.Subject {

	CommunityRow withTags(List<String> themes, List<Place> places) {
		return new CommunityRow(this.id, this.slug, this.name, this.kind, this.visibility, this.joinPolicy, this.status,
				this.createdBy, this.domain, this.viewerRole, this.memberCount, themes, places, this.readable);
	}

	CommunityRow unreadable() {
		return new CommunityRow(this.id, this.slug, this.name, null, this.visibility, this.joinPolicy, this.status,
				this.createdBy, null, this.viewerRole, 0, List.of(), List.of(), false);
	}

}
