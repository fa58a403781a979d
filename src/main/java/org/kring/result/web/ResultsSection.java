package org.kring.result.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityPageSection;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.SignalState;
import org.kring.result.internal.TrackerCounts;
import org.kring.result.internal.TrackerFilter;
import org.kring.result.internal.TrackerQueries;
import org.kring.system.KringPrincipal;
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

	private final TrackerQueries queries;

	ResultsSection(TrackerQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public Optional<Section> section(CommunitySummary community, @Nullable KringPrincipal viewer, Locale language) {
		TrackerCounts counts = this.queries.counts(TrackerFilter.of(Set.of(community.id())));
		return Optional.of(new Section("results", "tracker.section.heading", "result/tracker-section.jte",
				new Results(community.slug(), counts)));
	}

	/**
	 * What the section shows.
	 *
	 * @param slug the community's slug
	 * @param counts its sent signals per state
	 */
	public record Results(String slug, TrackerCounts counts) {

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

}
