package org.kring.community.internal;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door every page under {@code /communities/{slug}} goes through: a community the
 * reader may not know of answers 404, one they know of but may not read or change is
 * refused (a visitor is sent to log in, someone signed in gets 403). Call it inside the
 * transaction that then reads the community.
 */
@Service
public class CommunityGuard {

	private final Communities communities;

	private final CommunityViewers viewers;

	private final CommunityAccess access;

	CommunityGuard(Communities communities, CommunityViewers viewers, CommunityAccess access) {
		this.communities = communities;
		this.viewers = viewers;
		this.access = access;
	}

	/**
	 * A community the reader may know of, whether or not they may read all of it.
	 * @param slug the community's slug
	 * @param me the signed-in person, or null for a visitor
	 * @return the community and the reader
	 * @throws CommunityNotFoundException when there is none for this reader
	 */
	@Transactional(readOnly = true)
	public Visit findable(String slug, @Nullable KringPrincipal me) {
		Community community = this.communities.findBySlug(slug).orElseThrow(() -> new CommunityNotFoundException(slug));
		Viewer viewer = this.viewers.of(me, community.id());
		if (!this.access.canFind(community, viewer)) {
			throw new CommunityNotFoundException(slug);
		}
		return new Visit(community, viewer);
	}

	/**
	 * A community the reader may read all of, for its sub-pages.
	 * @param slug the community's slug
	 * @param me the signed-in person, or null for a visitor
	 * @return the community and the reader
	 * @throws CommunityNotFoundException when there is none for this reader
	 * @throws AccessDeniedException when they know of it but may not read it
	 */
	@Transactional(readOnly = true)
	public Visit readable(String slug, @Nullable KringPrincipal me) {
		Visit visit = findable(slug, me);
		if (!this.access.canSee(visit.community(), visit.viewer())) {
			throw new AccessDeniedException("Members only: " + slug);
		}
		return visit;
	}

	/**
	 * A community the reader may change.
	 * @param slug the community's slug
	 * @param me the signed-in person, or null for a visitor
	 * @return the community and the reader
	 * @throws CommunityNotFoundException when there is none for this reader
	 * @throws AccessDeniedException when they may not change it
	 */
	@Transactional(readOnly = true)
	public Visit editable(String slug, @Nullable KringPrincipal me) {
		Visit visit = findable(slug, me);
		if (!this.access.canEdit(visit.community(), visit.viewer())) {
			throw new AccessDeniedException("Not a facilitator of " + slug);
		}
		return visit;
	}

}
