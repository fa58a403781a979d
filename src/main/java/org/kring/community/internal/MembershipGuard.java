package org.kring.community.internal;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a community's memberships. A community the person may not know of
 * answers {@link CommunityNotFoundException}; one they know of but may not act on answers
 * {@link AccessDeniedException}, which sends a visitor to the login page and tells a
 * signed-in person it is not theirs.
 */
@Component
public class MembershipGuard {

	private final CommunityGuard communities;

	MembershipGuard(CommunityGuard communities) {
		this.communities = communities;
	}

	/**
	 * The community as the person sees it.
	 * @param slug the community's slug
	 * @param me the signed-in person, or null for a visitor
	 * @return the community and the viewer
	 * @throws CommunityNotFoundException when there is none they may know of
	 */
	@Transactional(readOnly = true)
	public MembershipScope scope(String slug, @Nullable KringPrincipal me) {
		Visit visit = this.communities.findable(slug, me);
		// the pages show the name in the reader's language after this transaction
		visit.community().translations();
		return new MembershipScope(visit.community(), visit.viewer());
	}

	/**
	 * The community for someone signed in.
	 * @throws AccessDeniedException for a visitor
	 */
	@Transactional(readOnly = true)
	public MembershipScope signedIn(String slug, @Nullable KringPrincipal me) {
		MembershipScope scope = scope(slug, me);
		require(scope.viewer().signedIn());
		return scope;
	}

	/**
	 * The community for one of its members or an administrator.
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public MembershipScope members(String slug, @Nullable KringPrincipal me) {
		MembershipScope scope = scope(slug, me);
		require(scope.seesMembers());
		return scope;
	}

	/**
	 * The community for one of its facilitators or an administrator.
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public MembershipScope managed(String slug, @Nullable KringPrincipal me) {
		MembershipScope scope = scope(slug, me);
		require(scope.manages());
		return scope;
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not for this person");
		}
	}

}
