package org.kring.community.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.community.internal.Admissions;
import org.kring.community.internal.MembershipApplication;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;

/**
 * Works out the join panel of a community's page for its reader: none for a member or a
 * visitor, one for someone who may apply.
 */
@Component
public class JoinPanels {

	private final Admissions admissions;

	JoinPanels(Admissions admissions) {
		this.admissions = admissions;
	}

	/**
	 * The panel for one reader.
	 * @param community the community shown
	 * @param me the signed-in reader, or null for a visitor
	 * @param role the reader's role in the community as the page already read it, or null
	 * when they are not a member
	 * @return the panel
	 */
	public JoinPanel of(CommunitySummary community, @Nullable KringPrincipal me, @Nullable CommunityRole role) {
		if (me == null) {
			return new JoinPanel(community.slug(), community.joinPolicy(), JoinPanel.State.VISITOR, null);
		}
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
