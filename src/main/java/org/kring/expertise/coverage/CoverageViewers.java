package org.kring.expertise.coverage;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityMembership;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.expertise.internal.Nominators;
import org.kring.system.KringPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees a community's coverage: those who may nominate for it (administrators, its
 * facilitators, coordinators who belong to it), who also set its targets, and its members
 * in any role, who see the counts only. Nobody else learns of it: to them a community
 * they may not see the coverage of answers 404, as one that does not exist. A visitor is
 * sent to the login page first, whatever the community.
 */
@Component
class CoverageViewers {

	private final CommunityManagement communities;

	private final Nominators nominators;

	CoverageViewers(CommunityManagement communities, Nominators nominators) {
		this.communities = communities;
		this.nominators = nominators;
	}

	/**
	 * The person asking, who must be signed in.
	 * @param me the signed-in person, or null for a visitor
	 * @return the person
	 * @throws AccessDeniedException for a visitor, which sends them to the login page
	 */
	static KringPrincipal signedIn(@Nullable KringPrincipal me) {
		if (me == null) {
			throw new AccessDeniedException("Sign in to see coverage");
		}
		return me;
	}

	/**
	 * The community whose coverage someone asks for, with what they may do there.
	 * @param me the signed-in person
	 * @param slug the community's slug
	 * @return the community and their rights
	 * @throws ResponseStatusException 404 when there is no such community, or they may
	 * not see its coverage
	 */
	Viewing viewing(KringPrincipal me, @Nullable String slug) {
		CommunitySummary community = ((slug == null) ? null
				: this.communities.findBySlug(slug)
					.filter((found) -> this.communities.canRead(me, found.id()))
					.orElse(null));
		if (community == null) {
			throw notFound();
		}
		boolean nominates = this.nominators.mayNominate(me, community.id());
		CommunityRole role = this.communities.roleOf(me.id(), community.id()).orElse(null);
		if (!nominates && role == null) {
			throw notFound();
		}
		return new Viewing(community, nominates, me.administrator() || role == CommunityRole.FACILITATOR);
	}

	/**
	 * The communities whose coverage someone may see, by name.
	 * @param me the signed-in person
	 * @return the communities they belong to
	 */
	List<CommunitySummary> choices(KringPrincipal me) {
		return this.communities.communitiesOf(me.id()).stream().map(CommunityMembership::community).toList();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/**
	 * A community whose coverage someone sees.
	 *
	 * @param community the community
	 * @param setsTargets whether they may change its targets
	 * @param editsCommunity whether they may edit the community, and so choose its
	 * partners
	 */
	record Viewing(CommunitySummary community, boolean setsTargets, boolean editsCommunity) {

		UUID id() {
			return this.community.id();
		}

	}

}
