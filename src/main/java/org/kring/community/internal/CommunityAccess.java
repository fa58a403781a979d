package org.kring.community.internal;

import java.util.UUID;

import org.kring.community.CommunityStatus;
import org.kring.community.Visibility;

/**
 * Who may find, read, change and start communities. The rules:
 * <ul>
 * <li>An administrator finds, reads and edits every community, proposals included.</li>
 * <li>A proposed or declined community exists only for its proposer and
 * administrators.</li>
 * <li>A secret community exists only for its members and administrators: to anyone else
 * its pages answer 404, as if it did not exist. Coordinators are not let in: a secret
 * group (such as an advisory body of young people without papers) chose who knows of
 * it.</li>
 * <li>A members-only community is listed by name for everyone, and its page shows
 * everyone its name and how to join; only its members and administrators read the rest.
 * Coordinators and the person who started it are not let in unless they are members: who
 * reads it is the members' choice, and someone who left has left.</li>
 * <li>A public community is read by everyone, also without an account.</li>
 * <li>Facilitators of the community and administrators edit it.</li>
 * <li>Administrators and coordinators start communities; when {@link CommunitySettings}
 * let anyone propose one, any signed-in member may propose one.</li>
 * </ul>
 */
public final class CommunityAccess {

	private final CommunitySettings settings;

	public CommunityAccess(CommunitySettings settings) {
		this.settings = settings;
	}

	/**
	 * Whether the community exists for the viewer: listed for them, its page answers.
	 * @param community the community
	 * @param viewer who looks
	 * @return false when it must look to them as if it did not exist
	 */
	public boolean canFind(Subject community, Viewer viewer) {
		if (viewer.administrator()) {
			return true;
		}
		if (community.status() != CommunityStatus.ACTIVE) {
			return viewer.is(community.createdBy());
		}
		return community.visibility() != Visibility.SECRET || viewer.member();
	}

	/**
	 * Whether the viewer reads everything about the community, not only its name and how
	 * to join.
	 * @param community the community
	 * @param viewer who looks
	 * @return true when the whole page and its sub-pages are theirs to read
	 */
	public boolean canSee(Subject community, Viewer viewer) {
		if (!canFind(community, viewer)) {
			return false;
		}
		return switch (community.visibility()) {
			case PUBLIC -> true;
			case MEMBERS_ONLY, SECRET -> viewer.member() || viewer.administrator();
		};
	}

	/**
	 * Whether the viewer may change the community's description.
	 * @param community the community
	 * @param viewer who asks
	 * @return true for its facilitators and administrators
	 */
	public boolean canEdit(Subject community, Viewer viewer) {
		return viewer.administrator() || (viewer.facilitator() && canFind(community, viewer));
	}

	/**
	 * How the viewer may start a community, if at all.
	 * @param viewer who asks; their role in any one community does not matter
	 * @return create at once, propose, or not at all
	 */
	public Creation creation(Viewer viewer) {
		if (viewer.administrator() || viewer.coordinator()) {
			return Creation.CREATE;
		}
		if (viewer.signedIn() && this.settings.proposals() == CommunitySettings.Proposals.ANYONE) {
			return Creation.PROPOSE;
		}
		return Creation.NONE;
	}

	/**
	 * Whether the viewer may start a community in some way.
	 * @param viewer who asks
	 * @return true when they may create or propose one
	 */
	public boolean canCreate(Viewer viewer) {
		return creation(viewer) != Creation.NONE;
	}

	/**
	 * Whether the viewer approves and declines proposed communities.
	 * @param viewer who asks
	 * @return true for administrators
	 */
	public boolean canDecide(Viewer viewer) {
		return viewer.administrator();
	}

	/**
	 * How someone may start a community.
	 */
	public enum Creation {

		/** Not at all. */
		NONE,

		/** In use at once. */
		CREATE,

		/** As a proposal an administrator decides on. */
		PROPOSE

	}

	/**
	 * What the rules read of a community, whether an entity or a row of a list.
	 */
	public interface Subject {

		Visibility visibility();

		CommunityStatus status();

		UUID createdBy();

	}

}
