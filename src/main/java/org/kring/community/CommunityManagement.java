package org.kring.community;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Sharing;
import org.kring.community.internal.SharingChoices;
import org.kring.community.internal.Community;
import org.kring.community.internal.CommunityAccess;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Place;
import org.kring.community.internal.Translation;
import org.kring.community.internal.CommunityReader;
import org.kring.community.internal.CommunityViewers;
import org.kring.community.internal.Membership;
import org.kring.community.internal.Viewer;
import org.kring.community.internal.Memberships;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community module's front door for other modules: which communities exist, who holds
 * which role in them, and who may read them. Never returns null; what is absent is an
 * empty result.
 */
@Service
public class CommunityManagement {

	private final Communities communities;

	private final Memberships memberships;

	private final CommunityViewers viewers;

	private final CommunityAccess access;

	private final Clock clock;

	private final SharingChoices sharing;

	CommunityManagement(Communities communities, Memberships memberships, CommunityViewers viewers,
			CommunityAccess access, Clock clock, SharingChoices sharing) {
		this.clock = clock;
		this.sharing = sharing;
		this.communities = communities;
		this.memberships = memberships;
		this.viewers = viewers;
		this.access = access;
	}

	/**
	 * Finds a community by id, whoever may see it: callers check {@link #canRead}.
	 * @param communityId the id
	 * @return the community, proposals included, or empty when there is none
	 */
	@Transactional(readOnly = true)
	public Optional<CommunitySummary> find(UUID communityId) {
		return this.communities.findById(communityId).map(CommunityReader::summary);
	}

	/**
	 * Finds a community by the slug in its address, whoever may see it: callers check
	 * {@link #canRead}.
	 * @param slug the slug
	 * @return the community, proposals included, or empty when there is none
	 */
	@Transactional(readOnly = true)
	public Optional<CommunitySummary> findBySlug(String slug) {
		return this.communities.findBySlug(slug).map(CommunityReader::summary);
	}

	/**
	 * The role a person holds in a community.
	 * @param personId the person
	 * @param communityId the community
	 * @return the role, or empty when they are not a member
	 */
	@Transactional(readOnly = true)
	public Optional<CommunityRole> roleOf(UUID personId, UUID communityId) {
		return this.memberships.findByCommunityIdAndPersonId(communityId, personId).map(Membership::role);
	}

	/**
	 * The communities a person belongs to, by name, in two queries whatever their number.
	 * @param personId the person
	 * @return their memberships, possibly none
	 */
	@Transactional(readOnly = true)
	public List<CommunityMembership> communitiesOf(UUID personId) {
		List<Membership> held = this.memberships.findByPersonId(personId);
		Map<UUID, Community> byId = this.communities.findAllById(ids(held))
			.stream()
			.collect(Collectors.toMap(Community::id, Function.identity()));
		return held.stream()
			.filter((membership) -> byId.containsKey(membership.communityId()))
			.map((membership) -> new CommunityMembership(CommunityReader.summary(byId.get(membership.communityId())),
					membership.role(), membership.joinedAt()))
			.sorted(Comparator.comparing((CommunityMembership membership) -> membership.community().name()))
			.toList();
	}

	/**
	 * Everyone who belongs to a community, in any role, in one query: such as the people
	 * a meeting's facilitators are chosen among.
	 * @param communityId the community
	 * @return the people, none for an unknown community
	 */
	@Transactional(readOnly = true)
	public Set<UUID> membersOf(UUID communityId) {
		return this.memberships.findMembersOf(communityId);
	}

	/**
	 * Whether someone reads everything of a community: its page and what other modules
	 * hang under it (meetings, results, discussions). A secret community's content must
	 * look to anyone else as if it did not exist.
	 * @param me the signed-in person, or null for a visitor
	 * @param communityId the community
	 * @return false also when there is no such community
	 */
	@Transactional(readOnly = true)
	public boolean canRead(@Nullable KringPrincipal me, UUID communityId) {
		return this.communities.findById(communityId)
			.map((community) -> this.access.canSee(community, this.viewers.of(me, communityId)))
			.orElse(false);
	}

	/**
	 * Every community someone reads everything of ({@link #canRead}), in two queries
	 * whatever their number: for lists and feeds that gather what hangs under many
	 * communities, such as the meetings calendar.
	 * @param me the signed-in person, or null for a visitor (who reads the public
	 * communities in use)
	 * @return the communities, by name
	 */
	@Transactional(readOnly = true)
	public List<CommunitySummary> readableBy(@Nullable KringPrincipal me) {
		Map<UUID, CommunityRole> roles = (me != null) ? this.memberships.findByPersonId(me.id())
			.stream()
			.collect(Collectors.toMap(Membership::communityId, Membership::role)) : Map.of();
		List<Community> candidates = (me != null && me.administrator()) ? this.communities.findAll()
				: this.communities.findPublicOrAmong(CommunityStatus.ACTIVE, Visibility.PUBLIC,
						roles.isEmpty() ? List.of(new UUID(0, 0)) : roles.keySet());
		return candidates.stream()
			.filter((community) -> this.access.canSee(community,
					(me != null) ? new Viewer(me, roles.get(community.id())) : Viewer.visitor()))
			.map(CommunityReader::summary)
			.sorted(Comparator.comparing(CommunitySummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * The countries and regions some communities work in, in one query.
	 * @param communityIds the communities; callers check {@link #canRead}
	 * @return each community's places, absent for a community without any
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<CommunityDraft.Place>> placesOf(Collection<UUID> communityIds) {
		if (communityIds.isEmpty()) {
			return Map.of();
		}
		return this.communities.findPlacesOf(communityIds)
			.stream()
			.collect(Collectors.groupingBy((row) -> (UUID) row[0], Collectors
				.mapping((row) -> new CommunityDraft.Place((String) row[1], (String) row[2]), Collectors.toList())));
	}

	/**
	 * The people who share at least one community with a person, whatever its visibility:
	 * who "members of my communities" reaches. One query whatever their number.
	 * @param personId the person
	 * @return the fellow members, the person included when they belong to any community
	 */
	@Transactional(readOnly = true)
	public Set<UUID> fellowMembersOf(UUID personId) {
		return this.memberships.findFellowMembersOf(personId);
	}

	/**
	 * Whether two people share at least one community.
	 * @param personId one person
	 * @param otherId the other
	 * @return true when some community has both as members
	 */
	@Transactional(readOnly = true)
	public boolean shareACommunity(UUID personId, UUID otherId) {
		return fellowMembersOf(personId).contains(otherId);
	}

	/**
	 * The partner organisations of a community.
	 * @param communityId the community
	 * @return the organisation module's ids of its partners, empty for an unknown
	 * community
	 */
	@Transactional(readOnly = true)
	public Set<UUID> partnersOf(UUID communityId) {
		return this.communities.findById(communityId).map(Community::partners).orElse(Set.of());
	}

	/**
	 * Starts a community in use, with its founder as facilitator, for the instance itself
	 * (demo data); people start communities through the pages, which check who may.
	 * @param draft what the community is
	 * @param founder the person who becomes its facilitator
	 * @return the new community's id
	 * @throws IllegalArgumentException when the draft breaks a rule
	 * @throws IllegalStateException when another community uses the slug
	 */
	@Transactional
	public UUID start(CommunityDraft draft, UUID founder) {
		if (this.communities.existsBySlug(draft.slug())) {
			throw new IllegalStateException("Another community uses " + draft.slug());
		}
		Map<String, Translation> translations = new HashMap<>();
		draft.translations()
			.forEach((language, text) -> translations.put(language,
					new Translation(text.name(), text.domain(), text.practice())));
		CommunityDescription description = new CommunityDescription(draft.slug(), draft.kind(), draft.visibility(),
				draft.joinPolicy(), draft.originalLanguage(), draft.name(), draft.domain(), draft.practice(),
				Set.copyOf(draft.themes()),
				draft.places()
					.stream()
					.map((place) -> new Place(place.country(), place.region()))
					.collect(Collectors.toSet()),
				Set.copyOf(draft.languages()), translations);
		Community community = this.communities.save(Community.found(description, founder, this.clock.instant()));
		this.memberships.save(community.admit(founder, CommunityRole.FACILITATOR, this.clock.instant()));
		return community.id();
	}

	/**
	 * Makes a person a member of a community with a role, for the instance itself (demo
	 * data); people join through the membership pages.
	 * @param communityId the community
	 * @param personId the person
	 * @param role their role
	 * @throws IllegalStateException when they are a member already
	 * @throws java.util.NoSuchElementException when there is no such community
	 */
	@Transactional
	public void enrol(UUID communityId, UUID personId, CommunityRole role) {
		Community community = this.communities.findById(communityId).orElseThrow();
		if (this.memberships.findByCommunityIdAndPersonId(communityId, personId).isPresent()) {
			throw new IllegalStateException("Already a member");
		}
		this.memberships.save(community.admit(personId, role, this.clock.instant()));
	}

	/**
	 * Replaces a community's partner organisations, for the instance itself (demo data);
	 * facilitators choose them on the community's form.
	 * @param communityId the community
	 * @param organisationIds the organisation module's ids of the partners
	 * @throws java.util.NoSuchElementException when there is no such community
	 */
	@Transactional
	public void partner(UUID communityId, Set<UUID> organisationIds) {
		this.communities.findById(communityId).orElseThrow().partnerWith(organisationIds);
	}

	/**
	 * Lets a person show the organisation they work at to the members of all their
	 * communities, for the instance itself (demo data); people choose on their membership
	 * page.
	 * @param personId the person
	 */
	@Transactional
	public void shareOrganisationEverywhere(UUID personId) {
		this.sharing.chooseForAll(personId, new Sharing(false, true, false));
	}

	private static Collection<UUID> ids(List<Membership> memberships) {
		return memberships.stream().map(Membership::communityId).toList();
	}

}
