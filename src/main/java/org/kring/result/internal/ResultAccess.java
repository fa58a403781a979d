package org.kring.result.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a community's results: the one place every page, mail link and the
 * API ask. Results are read by whoever reads the community (anyone for a public one); a
 * draft signal only by its members. Facilitators and administrators write signals,
 * actions, tools and legislation tests; the owners of an action report its progress.
 * Something someone may not read must look to them as if it did not exist.
 */
@Component
public class ResultAccess {

	private final CommunityManagement communities;

	ResultAccess(CommunityManagement communities) {
		this.communities = communities;
	}

	/**
	 * Whether someone reads a community's results.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean canRead(@Nullable KringPrincipal me, UUID communityId) {
		return this.communities.canRead(me, communityId);
	}

	/**
	 * Whether someone sees a signal: a draft its community's members and administrators,
	 * a sent one whoever reads the community.
	 * @param me the signed-in person, or null for a visitor
	 * @param signal the signal
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean canSee(@Nullable KringPrincipal me, Signal signal) {
		if (signal.state() == SignalState.DRAFT) {
			return me != null && (me.administrator() || isMember(me, signal.communityId()));
		}
		return canRead(me, signal.communityId());
	}

	/**
	 * Whether someone writes and sends a community's results: administrators and the
	 * community's facilitators.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean mayFacilitate(@Nullable KringPrincipal me, UUID communityId) {
		return me != null && (me.administrator() || this.communities.roleOf(me.id(), communityId)
			.map((role) -> role == CommunityRole.FACILITATOR)
			.orElse(false));
	}

	/**
	 * Whether someone belongs to a community, in any role: members own actions.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return true when they are a member
	 */
	@Transactional(readOnly = true)
	public boolean isMember(@Nullable KringPrincipal me, UUID communityId) {
		return me != null && this.communities.roleOf(me.id(), communityId).isPresent();
	}

	/**
	 * Whether someone reports on an action: its owners, and whoever may facilitate.
	 * @param me the signed-in person, or null for a visitor
	 * @param action the action
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean mayReport(@Nullable KringPrincipal me, Action action) {
		return me != null && (action.owners().contains(me.id()) || mayFacilitate(me, action.communityId()));
	}

}
