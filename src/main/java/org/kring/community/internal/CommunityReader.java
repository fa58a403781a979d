package org.kring.community.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityRole;
import org.kring.community.CommunityStatus;
import org.kring.community.CommunitySummary;
import org.kring.community.Visibility;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one community for its page, in a fixed number of statements: the community and
 * its collections, the reader's membership, the member count, the facilitators and their
 * names in one query.
 */
@Service
public class CommunityReader {

	private final Communities communities;

	private final CommunityGuard guard;

	private final CommunityAccess access;

	private final Memberships memberships;

	private final AccountManagement accounts;

	CommunityReader(Communities communities, CommunityGuard guard, CommunityAccess access, Memberships memberships,
			AccountManagement accounts) {
		this.communities = communities;
		this.guard = guard;
		this.access = access;
		this.memberships = memberships;
		this.accounts = accounts;
	}

	/**
	 * A community's page for one reader.
	 * @param slug the community's slug
	 * @param me the signed-in reader, or null for a visitor
	 * @param language the reader's language
	 * @return what the page shows
	 * @throws CommunityNotFoundException when there is no such community for this reader
	 */
	@Transactional(readOnly = true)
	public CommunityDetail detail(String slug, @Nullable KringPrincipal me, Locale language) {
		Visit visit = this.guard.findable(slug, me);
		Community community = visit.community();
		Viewer viewer = visit.viewer();
		CommunitySummary summary = summary(community);
		boolean canEdit = this.access.canEdit(community, viewer);
		boolean canDecide = this.access.canDecide(viewer) && community.status() == CommunityStatus.PROPOSED;
		if (!this.access.canSee(community, viewer)) {
			return new CommunityDetail(summary, community.name(language), false, null, null, List.of(), List.of(),
					List.of(), List.of(), List.of(), 0, viewer.role(), canEdit, canDecide);
		}
		List<UUID> facilitatorIds = this.memberships.findByCommunityIdAndRole(community.id(), CommunityRole.FACILITATOR)
			.stream()
			.map(Membership::personId)
			.toList();
		List<String> facilitators = facilitatorIds.isEmpty() ? List.of()
				: this.accounts.displayNamesOf(facilitatorIds)
					.values()
					.stream()
					.sorted(String.CASE_INSENSITIVE_ORDER)
					.toList();
		return new CommunityDetail(summary, community.name(language), true, community.domain(language),
				community.practice(language), community.themes().stream().sorted().toList(),
				community.places().stream().sorted(Place.ORDER).toList(),
				community.languages().stream().sorted().toList(), facilitators,
				community.partners().stream().sorted().toList(), this.memberships.countByCommunityId(community.id()),
				viewer.role(), canEdit, canDecide);
	}

	/**
	 * A community as its edit form starts from, for someone who may edit it.
	 * @param slug the community's slug
	 * @param me the signed-in person
	 * @return the description and its version
	 * @throws CommunityNotFoundException when there is no such community for this person
	 * @throws org.springframework.security.access.AccessDeniedException when they may not
	 * edit it
	 */
	@Transactional(readOnly = true)
	public Editing forEditing(String slug, @Nullable KringPrincipal me) {
		Community community = this.guard.editable(slug, me).community();
		return new Editing(community.description(), community.partners(), community.version());
	}

	/**
	 * A community for the JSON API, which gives public communities only.
	 * @param slug the community's slug
	 * @return the community, or empty when there is none in use and public by that slug
	 */
	@Transactional(readOnly = true)
	public Optional<PublicCommunity> publicCommunity(String slug) {
		return this.communities.findBySlug(slug)
			.filter((community) -> community.isActive() && community.visibility() == Visibility.PUBLIC)
			.map((community) -> new PublicCommunity(community.description(),
					community.partners().stream().sorted().toList(),
					this.memberships.countByCommunityId(community.id())));
	}

	/**
	 * The community as other modules know it.
	 * @param community the community
	 * @return its summary
	 */
	public static CommunitySummary summary(Community community) {
		return new CommunitySummary(community.id(), community.slug(), community.name(), community.kind(),
				community.visibility(), community.joinPolicy(), community.status());
	}

}
