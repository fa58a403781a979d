package org.kring.expertise.internal;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.KringPrincipal;

/**
 * Who reads expert profiles, as far as their visibility goes: the owner always sees their
 * own; a profile for {@link ProfileVisibility#EVERYONE} is seen by anyone; one for
 * {@link ProfileVisibility#COMMUNITIES} by the people who share a community with its
 * owner and by coordinators and administrators; one for
 * {@link ProfileVisibility#COORDINATORS} by coordinators and administrators only.
 *
 * @param id the reader, null for a visitor or the public API
 * @param instanceWide whether the reader coordinates or administers the instance
 * @param fellows the people who share a community with the reader (ignored when
 * instance-wide)
 */
public record ProfileViewer(@Nullable UUID id, boolean instanceWide, Set<UUID> fellows) {

	public ProfileViewer {
		fellows = Set.copyOf(fellows);
	}

	/**
	 * A reader who sees only the profiles shown to everyone: a visitor, or anyone through
	 * the public API.
	 * @return the reader
	 */
	public static ProfileViewer everyone() {
		return new ProfileViewer(null, false, Set.of());
	}

	/**
	 * A signed-in reader.
	 * @param me the reader, or null for a visitor
	 * @param fellows the people who share a community with them, as
	 * {@code CommunityManagement.fellowMembersOf} answers; not needed for coordinators
	 * and administrators
	 * @return the reader
	 */
	public static ProfileViewer of(@Nullable KringPrincipal me, Set<UUID> fellows) {
		if (me == null) {
			return everyone();
		}
		boolean instanceWide = seesEveryProfile(me);
		return new ProfileViewer(me.id(), instanceWide, instanceWide ? Set.of() : fellows);
	}

	/**
	 * Whether a reader sees every profile whatever its visibility, so that the people
	 * sharing a community with them need not be looked up.
	 * @param me the reader, or null for a visitor
	 * @return true for coordinators and administrators
	 */
	public static boolean seesEveryProfile(@Nullable KringPrincipal me) {
		return me != null && (me.coordinator() || me.administrator());
	}

	/**
	 * Whether this reader may see a profile.
	 * @param owner the profile's owner
	 * @param visibility who the owner lets see it
	 * @return true when the owner's choice includes this reader
	 */
	public boolean maySee(UUID owner, ProfileVisibility visibility) {
		if (owner.equals(this.id) || visibility == ProfileVisibility.EVERYONE || this.instanceWide) {
			return true;
		}
		return visibility == ProfileVisibility.COMMUNITIES && this.id != null && this.fellows.contains(owner);
	}

}
