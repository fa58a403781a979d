package org.kring.expertise.internal;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.KringPrincipal;

/**
 * Who may see an expert profile: its owner always; then as the owner chose, everyone, the
 * people who share a community with them, or only the instance's coordinators and
 * administrators, who also see what fellow members see. Never anyone beyond that.
 */
public final class VisibilityRule {

	private VisibilityRule() {
	}

	/**
	 * Whether a viewer may see a profile.
	 * @param viewer the signed-in person, or null for a visitor
	 * @param ownerId the profile's owner
	 * @param visibility what the owner chose
	 * @param sharesACommunity whether the viewer shares a community with the owner; asked
	 * only when the answer depends on it
	 * @return true when the viewer may see the profile
	 */
	public static boolean allows(@Nullable KringPrincipal viewer, UUID ownerId, ProfileVisibility visibility,
			BooleanSupplier sharesACommunity) {
		if (visibility == ProfileVisibility.EVERYONE) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		if (viewer.id().equals(ownerId) || viewer.coordinator() || viewer.administrator()) {
			return true;
		}
		return visibility == ProfileVisibility.COMMUNITIES && sharesACommunity.getAsBoolean();
	}

}
