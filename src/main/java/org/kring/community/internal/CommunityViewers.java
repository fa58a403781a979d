package org.kring.community.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the signed-in person (or a visitor) into a {@link Viewer} of one community, with
 * the role they hold in it.
 */
@Service
public class CommunityViewers {

	private final Memberships memberships;

	CommunityViewers(Memberships memberships) {
		this.memberships = memberships;
	}

	/**
	 * The viewer of a community.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return the viewer with their role in it; one query when signed in, none otherwise
	 */
	@Transactional(readOnly = true)
	public Viewer of(@Nullable KringPrincipal me, UUID communityId) {
		if (me == null) {
			return Viewer.visitor();
		}
		CommunityRole role = this.memberships.findByCommunityIdAndPersonId(communityId, me.id())
			.map(Membership::role)
			.orElse(null);
		return new Viewer(me, role);
	}

	/**
	 * The viewer outside any one community, such as on the page that starts one.
	 * @param me the signed-in person, or null for a visitor
	 * @return the viewer without a role
	 */
	public Viewer anywhere(@Nullable KringPrincipal me) {
		return (me != null) ? new Viewer(me, null) : Viewer.visitor();
	}

}
