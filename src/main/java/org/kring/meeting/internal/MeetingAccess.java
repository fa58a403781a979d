package org.kring.meeting.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a community's meetings: the one place every page, feed and the API
 * ask. A meeting someone may not read must look to them as if it did not exist.
 */
@Component
public class MeetingAccess {

	private final CommunityManagement communities;

	MeetingAccess(CommunityManagement communities) {
		this.communities = communities;
	}

	/**
	 * Whether someone may see a meeting: anyone for a public meeting, else whoever reads
	 * the whole community.
	 * @param me the signed-in person, or null for a visitor
	 * @param meeting the meeting
	 * @return true when they may see it
	 */
	@Transactional(readOnly = true)
	public boolean canRead(@Nullable KringPrincipal me, Meeting meeting) {
		return meeting.publicMeeting() || this.communities.canRead(me, meeting.communityId());
	}

	/**
	 * Whether someone may register for a meeting themselves: anyone signed in for a
	 * public meeting, else the community's members.
	 * @param me the signed-in person
	 * @param meeting the meeting
	 * @return true when they may register
	 */
	@Transactional(readOnly = true)
	public boolean mayRegister(KringPrincipal me, Meeting meeting) {
		return meeting.publicMeeting() || isMember(me, meeting.communityId());
	}

	/**
	 * Whether someone runs a meeting: changes and cancels it, registers people by
	 * nickname, records attendance and closes it. Administrators, the community's
	 * facilitators and the meeting's own facilitators do.
	 * @param me the signed-in person, or null for a visitor
	 * @param meeting the meeting
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean mayFacilitate(@Nullable KringPrincipal me, Meeting meeting) {
		return me != null && (meeting.facilitators().contains(me.id()) || mayPlan(me, meeting.communityId()));
	}

	/**
	 * Whether someone plans a community's meetings and series and runs its theme agenda:
	 * administrators and the community's facilitators.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean mayPlan(@Nullable KringPrincipal me, UUID communityId) {
		return me != null && (me.administrator() || this.communities.roleOf(me.id(), communityId)
			.map((role) -> role == CommunityRole.FACILITATOR)
			.orElse(false));
	}

	/**
	 * Whether someone belongs to a community, in any role: members propose and support
	 * themes.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return true when they are a member
	 */
	@Transactional(readOnly = true)
	public boolean isMember(@Nullable KringPrincipal me, UUID communityId) {
		return me != null && this.communities.roleOf(me.id(), communityId).isPresent();
	}

}
