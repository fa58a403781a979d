package org.kring.community.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.community.CommunityRole;
import org.kring.community.CommunityStatus;
import org.kring.system.KringPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, describing and deciding on communities, each in one transaction: a community
 * and its first facilitator are saved together or not at all.
 */
@Service
public class CommunityEditor {

	private final Communities communities;

	private final Memberships memberships;

	private final CommunityGuard guard;

	private final CommunityViewers viewers;

	private final CommunityAccess access;

	private final AccountManagement accounts;

	private final Clock clock;

	CommunityEditor(Communities communities, Memberships memberships, CommunityGuard guard, CommunityViewers viewers,
			CommunityAccess access, AccountManagement accounts, Clock clock) {
		this.communities = communities;
		this.memberships = memberships;
		this.guard = guard;
		this.viewers = viewers;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Starts a community, or proposes one when the person may only propose; the person
	 * becomes its facilitator.
	 * @param description what the community is
	 * @param partners the partner organisations' ids, which the caller checked exist
	 * @param me the person starting it
	 * @return the new community
	 * @throws AccessDeniedException when the person may neither create nor propose one
	 * @throws SlugTakenException when another community the person may find uses the
	 * slug; one they may not find makes the new community take the next free one instead
	 */
	@Transactional
	public Community start(CommunityDescription description, Set<UUID> partners, KringPrincipal me) {
		CommunityAccess.Creation creation = this.access.creation(this.viewers.anywhere(me));
		if (creation == CommunityAccess.Creation.NONE) {
			throw new AccessDeniedException("May not start a community");
		}
		CommunityDescription free = description.withSlug(freeSlug(description.slug(), me));
		Community community = (creation == CommunityAccess.Creation.CREATE)
				? Community.found(free, me.id(), this.clock.instant())
				: Community.propose(free, me.id(), this.clock.instant());
		community.partnerWith(partners);
		this.communities.save(community);
		this.memberships.save(community.admit(me.id(), CommunityRole.FACILITATOR, this.clock.instant()));
		return community;
	}

	/**
	 * Changes a community's description.
	 * @param slug the community's slug before the change
	 * @param version the version the form was opened at
	 * @param description the new description
	 * @param partners the partner organisations' ids, which the caller checked exist
	 * @param me the person changing it
	 * @return the changed community
	 * @throws CommunityNotFoundException when the person may not know of the community
	 * @throws AccessDeniedException when they may not change it
	 * @throws StaleEditException when someone else saved it since the form was opened
	 * @throws SlugTakenException when another community the person may find uses the new
	 * slug; one they may not find makes this one take the next free one instead
	 */
	@Transactional
	public Community edit(String slug, long version, CommunityDescription description, Set<UUID> partners,
			KringPrincipal me) {
		Community community = this.guard.editable(slug, me).community();
		if (community.version() != version) {
			throw new StaleEditException(slug);
		}
		String slugAsked = description.slug();
		community
			.describe(slugAsked.equals(community.slug()) ? description : description.withSlug(freeSlug(slugAsked, me)));
		community.partnerWith(partners);
		return this.communities.save(community);
	}

	/**
	 * Approves a proposed community, which is listed from now on.
	 * @param slug the community's slug
	 * @param me the administrator
	 * @throws AccessDeniedException when the person is not an administrator
	 * @throws IllegalStateException when the community is not waiting for a decision
	 */
	@Transactional
	public void approve(String slug, KringPrincipal me) {
		Community community = decidable(slug, me);
		community.approve();
		this.communities.save(community);
	}

	/**
	 * Declines a proposed community.
	 * @param slug the community's slug
	 * @param me the administrator
	 * @throws AccessDeniedException when the person is not an administrator
	 * @throws IllegalStateException when the community is not waiting for a decision
	 */
	@Transactional
	public void decline(String slug, KringPrincipal me) {
		Community community = decidable(slug, me);
		community.decline();
		this.communities.save(community);
	}

	/**
	 * The proposals waiting for a decision, oldest first, with their proposers' names in
	 * one query.
	 * @return the proposals
	 */
	@Transactional(readOnly = true)
	public List<ProposalRow> proposals() {
		List<Community> waiting = this.communities.findByStatusOrderByCreatedAt(CommunityStatus.PROPOSED);
		Map<UUID, String> names = this.accounts
			.displayNamesOf(waiting.stream().map(Community::createdBy).distinct().toList());
		return waiting.stream()
			.map((community) -> new ProposalRow(community.slug(), community.name(), community.originalLanguage(),
					names.get(community.createdBy()), community.createdAt()))
			.toList();
	}

	/**
	 * The slug asked for, or, when a community the person may not find holds it, the
	 * first numbered one that is free: telling them it is taken would let anyone probe
	 * for secret communities by their address.
	 */
	private String freeSlug(String wanted, KringPrincipal me) {
		Community holder = this.communities.findBySlug(wanted).orElse(null);
		if (holder == null) {
			return wanted;
		}
		if (this.access.canFind(holder, this.viewers.of(me, holder.id()))) {
			throw new SlugTakenException(wanted);
		}
		String slug = wanted;
		for (int number = 2; this.communities.existsBySlug(slug); number++) {
			slug = Slugs.numbered(wanted, number);
		}
		return slug;
	}

	private Community decidable(String slug, KringPrincipal me) {
		Visit visit = this.guard.findable(slug, me);
		if (!this.access.canDecide(visit.viewer())) {
			throw new AccessDeniedException("Only administrators decide on proposals");
		}
		return visit.community();
	}

}
