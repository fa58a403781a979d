package org.kring.community.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.account.PersonalData;
import org.kring.community.CommunityRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the community module holds about a person: their memberships, applications, the
 * invitations sent to their address, what they share, and the history of their
 * memberships. Erasing removes the first four and keeps the history without them. A
 * community whose last facilitator erases their account loses its facilitator: privacy
 * comes first, and its history says so, for an administrator to name a new one.
 */
@Component
class MembershipPersonalData implements PersonalData {

	private final Communities communities;

	private final Memberships memberships;

	private final MembershipApplications applications;

	private final Invitations invitations;

	private final SharingChoices sharing;

	private final MembershipHistory history;

	private final AccountManagement accounts;

	private final MembershipRecorder recorder;

	private final JdbcClient jdbc;

	MembershipPersonalData(Communities communities, Memberships memberships, MembershipApplications applications,
			Invitations invitations, SharingChoices sharing, MembershipHistory history, AccountManagement accounts,
			MembershipRecorder recorder, JdbcClient jdbc) {
		this.communities = communities;
		this.memberships = memberships;
		this.applications = applications;
		this.invitations = invitations;
		this.sharing = sharing;
		this.history = history;
		this.accounts = accounts;
		this.recorder = recorder;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "communities";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<Membership> held = this.memberships.findByPersonId(personId);
		List<MembershipApplication> applied = this.applications.findByPersonId(personId);
		List<Invitation> invited = emailOf(personId).map(this.invitations::findByEmail).orElse(List.of());
		Map<UUID, String> slugs = this.communities.findAllById(java.util.stream.Stream
			.of(held.stream().map(Membership::communityId), applied.stream().map(MembershipApplication::communityId),
					invited.stream().map(Invitation::communityId))
			.flatMap(Function.identity())
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(Community::id, Community::slug));
		Map<String, Object> data = new LinkedHashMap<>();
		if (held.isEmpty() && applied.isEmpty() && invited.isEmpty()) {
			return data;
		}
		data.put("memberships", held.stream().map((membership) -> {
			Sharing shared = this.sharing.withCommunity(membership.communityId(), personId);
			return Map.<String, Object>of("community", slugs.getOrDefault(membership.communityId(), ""), "role",
					membership.role().name(), "joinedAt", membership.joinedAt().toString(), "sharesEmail",
					shared.email(), "sharesOrganisation", shared.organisation(), "sharesExpertise", shared.expertise());
		}).toList());
		Sharing everywhere = this.sharing.withAll(personId);
		data.put("sharingWithAllCommunities", Map.of("email", everywhere.email(), "organisation",
				everywhere.organisation(), "expertise", everywhere.expertise()));
		data.put("applications", applied.stream().map((application) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("community", slugs.getOrDefault(application.communityId(), ""));
			row.put("motivation", application.motivation());
			row.put("status", application.status().name());
			row.put("appliedAt", application.appliedAt().toString());
			row.put("note", application.note());
			return row;
		}).toList());
		data.put("invitations",
				invited.stream()
					.map((invitation) -> Map.<String, Object>of("community",
							slugs.getOrDefault(invitation.communityId(), ""), "role", invitation.role().name(),
							"status", invitation.status().name(), "invitedAt", invitation.invitedAt().toString()))
					.toList());
		data.put("history",
				this.history.involving(personId)
					.stream()
					.map((entry) -> Map.<String, Object>of("event", entry.kind().name(), "at",
							entry.occurredAt().toString(), "byThisPerson", personId.equals(entry.actor())))
					.toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		for (Membership membership : this.memberships.findByPersonId(personId)) {
			boolean last = membership.facilitates() && this.memberships
				.countByCommunityIdAndRole(membership.communityId(), CommunityRole.FACILITATOR) <= 1;
			this.memberships.delete(membership);
			if (last) {
				this.recorder.record(membership.communityId(), MembershipEventKind.LAST_FACILITATOR_ERASED, null, null,
						CommunityRole.FACILITATOR, null);
			}
		}
		this.recorder.flush();
		this.applications.deleteByPersonId(personId);
		this.jdbc.sql("update membership_application set decided_by = null where decided_by = ?")
			.param(personId)
			.update();
		@Nullable String email = emailOf(personId).orElse(null);
		if (email != null) {
			this.invitations.deleteByEmail(email);
		}
		this.invitations.findByInvitedBy(personId).forEach(Invitation::forgetInviter);
		this.sharing.forgetAll(personId);
		this.history.anonymise(personId, email);
	}

	private Optional<String> emailOf(UUID personId) {
		return this.accounts.find(personId).map(PersonSummary::email).map(EmailAddresses::normalize);
	}

}
