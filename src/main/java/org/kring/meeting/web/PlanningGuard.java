package org.kring.meeting.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.AllSeries;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.Meetings;
import org.kring.meeting.internal.Series;
import org.kring.system.KringPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the planning pages may show and change: a community, series or meeting someone may
 * not read answers 404 like one that does not exist; one they read but may not plan
 * answers 403.
 */
@Component
class PlanningGuard {

	private final CommunityManagement communities;

	private final MeetingAccess access;

	private final Meetings meetings;

	private final AllSeries series;

	private final AccountManagement accounts;

	PlanningGuard(CommunityManagement communities, MeetingAccess access, Meetings meetings, AllSeries series,
			AccountManagement accounts) {
		this.communities = communities;
		this.access = access;
		this.meetings = meetings;
		this.series = series;
		this.accounts = accounts;
	}

	/**
	 * A community the reader reads.
	 * @throws ResponseStatusException 404 otherwise
	 */
	@Transactional(readOnly = true)
	CommunitySummary readable(String slug, @Nullable KringPrincipal me) {
		return this.communities.findBySlug(slug)
			.filter((community) -> this.communities.canRead(me, community.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A community the reader plans meetings of.
	 * @throws ResponseStatusException 404 when they may not read it, 403 when they may
	 * not plan
	 */
	@Transactional(readOnly = true)
	CommunitySummary planned(String slug, KringPrincipal me) {
		CommunitySummary community = readable(slug, me);
		requirePlanner(me, community.id());
		return community;
	}

	/**
	 * A series the reader plans.
	 * @throws ResponseStatusException 404 when they may not read its community, 403 when
	 * they may not plan
	 */
	@Transactional(readOnly = true)
	Series series(String id, KringPrincipal me) {
		Series found = Optional.ofNullable(MeetingForm.uuid(id))
			.flatMap(this.series::findById)
			.filter((each) -> this.communities.canRead(me, each.communityId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		requirePlanner(me, found.communityId());
		return found;
	}

	/**
	 * A meeting the reader facilitates.
	 * @throws ResponseStatusException 404 when they may not read it, 403 when they may
	 * not facilitate it
	 */
	@Transactional(readOnly = true)
	Meeting facilitated(String id, KringPrincipal me) {
		Meeting meeting = MeetingController.readable(id, me, this.meetings, this.access);
		if (!this.access.mayFacilitate(me, meeting)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return meeting;
	}

	boolean mayPlan(@Nullable KringPrincipal me, UUID communityId) {
		return this.access.mayPlan(me, communityId);
	}

	/**
	 * The ids of the community's members, among whom facilitators are chosen.
	 * @param communityId the community
	 * @return the members' ids, a set the caller may add to
	 */
	@Transactional(readOnly = true)
	Set<UUID> memberIds(UUID communityId) {
		return new HashSet<>(this.communities.membersOf(communityId));
	}

	/**
	 * The community's members by name, to choose facilitators among.
	 * @param communityId the community
	 * @return the members, by name
	 */
	@Transactional(readOnly = true)
	List<MemberChoice> members(UUID communityId) {
		Map<UUID, String> names = this.accounts.displayNamesOf(this.communities.membersOf(communityId));
		return names.entrySet()
			.stream()
			.map((entry) -> new MemberChoice(entry.getKey().toString(), entry.getValue()))
			.sorted(Comparator.comparing(MemberChoice::name))
			.toList();
	}

	CommunitySummary community(UUID communityId) {
		return this.communities.find(communityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void requirePlanner(KringPrincipal me, UUID communityId) {
		if (!this.access.mayPlan(me, communityId)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
