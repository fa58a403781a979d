package org.kring.expertise.internal;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;

/**
 * Turns the person reading into a {@link ProfileViewer}, looking up the people who share
 * a community with them only when their visibility depends on it (not for visitors,
 * coordinators or administrators). Every page and service that shows profiles asks here,
 * so there is one rule for who sees which profile.
 */
@Component
public class ProfileReaders {

	private final CommunityManagement communities;

	ProfileReaders(CommunityManagement communities) {
		this.communities = communities;
	}

	/**
	 * The reader, as far as profile visibility goes.
	 * @param me the signed-in person, or null for a visitor
	 * @return the reader, with their fellow members when they matter
	 */
	public ProfileViewer of(@Nullable KringPrincipal me) {
		if (me == null || ProfileViewer.seesEveryProfile(me)) {
			return ProfileViewer.of(me, Set.of());
		}
		return ProfileViewer.of(me, this.communities.fellowMembersOf(me.id()));
	}

	/**
	 * Whether someone may see one profile, looking up the people who share a community
	 * with them only when the answer depends on it.
	 * @param me the signed-in person, or null for a visitor
	 * @param owner the profile's owner
	 * @param visibility who the owner lets see it
	 * @return true when the owner's choice includes this reader
	 */
	public boolean maySee(@Nullable KringPrincipal me, UUID owner, ProfileVisibility visibility) {
		ProfileViewer withoutFellows = ProfileViewer.of(me, Set.of());
		if (withoutFellows.maySee(owner, visibility) || visibility != ProfileVisibility.COMMUNITIES) {
			return withoutFellows.maySee(owner, visibility);
		}
		return of(me).maySee(owner, visibility);
	}

}
