package org.kring.community.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.community.internal.Admissions;
import org.kring.community.internal.CommunityViewers;
import org.kring.community.internal.MembershipApplication;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;

/**
 * Works out the join panel of a community's page for its reader: one query for a member,
 * two for someone who may apply, none for a visitor.
 */
@Component
public class JoinPanels {

	private final CommunityViewers viewers;

	private final Admissions admissions;

	JoinPanels(CommunityViewers viewers, Admissions admissions) {
		this.viewers = viewers;
		this.admissions = admissions;
	}

	/**
	 * The panel for one reader.
	 * @param community the community shown
	 * @param me the signed-in reader, or null for a visitor
	 * @return the panel
	 */
	public JoinPanel of(CommunitySummary community, @Nullable KringPrincipal me) {
		if (me == null) {
			return new JoinPanel(community.slug(), community.joinPolicy(), JoinPanel.State.VISITOR, null);
		}
		CommunityRole role = this.viewers.of(me, community.id()).role();
		if (role != null) {
			return new JoinPanel(community.slug(), community.joinPolicy(), JoinPanel.State.MEMBER, role);
		}
		return new JoinPanel(community.slug(), community.joinPolicy(), stateOf(community, me.id()), null);
	}

	private JoinPanel.State stateOf(CommunitySummary community, UUID person) {
		return switch (community.joinPolicy()) {
			case OPEN -> JoinPanel.State.CAN_JOIN;
			case BY_INVITATION -> JoinPanel.State.INVITATION_ONLY;
			case ON_APPROVAL -> {
				MembershipApplication application = this.admissions.applicationOf(community.id(), person);
				yield (application != null && application.pending()) ? JoinPanel.State.APPLIED
						: JoinPanel.State.CAN_APPLY;
			}
		};
	}

}
