package org.kring.result.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityPageSection;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.ResultAccess;
import org.kring.result.internal.SignalState;
import org.kring.result.internal.Signals;
import org.kring.result.internal.TrackerCounts;
import org.kring.result.internal.TrackerFilter;
import org.kring.result.internal.TrackerQueries;
import org.kring.system.KringPrincipal;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The results section of a community's page: how many of its signals and recommendations
 * are in each state (sent ones only, drafts never), with links to the tracker filtered by
 * the community, its action agenda, its toolbox and its legislation register. One query
 * whatever the number of signals; shown to whoever reads the community, as the community
 * page asks only them.
 */
@Component
public class ResultsSection implements CommunityPageSection {

	/** How many drafts the section lists for members at most. */
	static final int DRAFTS_SHOWN = 10;

	private final TrackerQueries queries;

	private final Signals signals;

	private final ResultAccess access;

	ResultsSection(TrackerQueries queries, Signals signals, ResultAccess access) {
		this.queries = queries;
		this.signals = signals;
		this.access = access;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public Optional<Section> section(CommunitySummary community, @Nullable KringPrincipal viewer, Locale language) {
		TrackerCounts counts = this.queries.counts(TrackerFilter.of(Set.of(community.id())));
		boolean member = viewer != null && (viewer.administrator() || this.access.isMember(viewer, community.id()));
		List<Draft> drafts = member ? this.signals
			.findByCommunityIdAndStateOrderByCreatedAt(community.id(), SignalState.DRAFT, Limit.of(DRAFTS_SHOWN))
			.stream()
			.map((signal) -> new Draft(signal.id(), signal.title()))
			.toList() : List.of();
		boolean facilitator = this.access.mayFacilitate(viewer, community.id());
		String writeKey = (community.kind() == CommunityKind.ADVISORY_BODY) ? "tracker.section.write.recommendation"
				: "tracker.section.write.signal";
		return Optional.of(new Section("results", "tracker.section.heading", "result/tracker-section.jte",
				new Results(community.slug(), counts, drafts, facilitator ? writeKey : null)));
	}

	/**
	 * What the section shows.
	 *
	 * @param slug the community's slug
	 * @param counts its sent signals per state
	 * @param drafts its draft signals, for members: to complete and send
	 * @param writeKey for facilitators, the message key of the link to write a signal or
	 * recommendation; else null
	 */
	public record Results(String slug, TrackerCounts counts, List<Draft> drafts, @Nullable String writeKey) {

		/**
		 * The address of the form for a new signal or recommendation.
		 * @return such as {@code /communities/…/signals/new}
		 */
		public String writePath() {
			return path("signals/new");
		}

		/**
		 * The states a sent signal can be in, each with its count.
		 * @return the states but the draft
		 */
		public List<SignalState> states() {
			return TrackerPage.PUBLISHED;
		}

		public boolean none() {
			return this.counts.total(null) == 0;
		}

		/**
		 * The tracker filtered by this community, and by a state.
		 * @param state the state, or null for every state
		 * @return the address
		 */
		public String trackerPath(@Nullable SignalState state) {
			String path = TrackerQuery.forCommunity(this.slug);
			return (state != null) ? path + "&state=" + state.name() : path;
		}

		public String path(String page) {
			return "/communities/" + this.slug + "/" + page;
		}

	}

	/**
	 * A draft signal, to complete and send.
	 *
	 * @param id the signal
	 * @param title its title
	 */
	public record Draft(UUID id, String title) {

		public String path() {
			return "/signals/" + this.id;
		}

	}

}
