package org.kring.library.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may do what with publications: the one place the pages, files, feed and API ask. A
 * publication without a community is public; one of a community is read by those who read
 * that community, so that a members-only community's publications stay with its members.
 * Coordinators and administrators add and change publications. A publication someone may
 * not read must look to them as if it did not exist.
 */
@Component
public class LibraryAccess {

	private final CommunityManagement communities;

	LibraryAccess(CommunityManagement communities) {
		this.communities = communities;
	}

	/**
	 * Whether someone reads a publication.
	 * @param me the signed-in person, or null for a visitor
	 * @param publication the publication
	 * @return true when they may
	 */
	public boolean canRead(@Nullable KringPrincipal me, Publication publication) {
		UUID community = publication.communityId();
		return community == null || this.communities.canRead(me, community);
	}

	/**
	 * The communities whose publications someone reads, in a fixed number of queries.
	 * @param me the signed-in person, or null for a visitor
	 * @return the communities' ids
	 */
	public Set<UUID> readableCommunities(@Nullable KringPrincipal me) {
		return this.communities.readableBy(me).stream().map(CommunitySummary::id).collect(Collectors.toSet());
	}

	/**
	 * Whether someone adds and changes publications.
	 * @param me the signed-in person, or null for a visitor
	 * @return true for coordinators and administrators
	 */
	public boolean mayCoordinate(@Nullable KringPrincipal me) {
		return me != null && (me.coordinator() || me.administrator());
	}

}
