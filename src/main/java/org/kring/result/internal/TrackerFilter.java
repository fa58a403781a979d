package org.kring.result.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which sent signals the results tracker, the API or a community's page asks for. Drafts
 * are never among them.
 *
 * @param communities the communities whose signals may be shown: the reader's readable
 * ones, or the one chosen among them; none gives no signals
 * @param organisation only signals to this organisation, or null
 * @param office only signals to this named office, or null
 * @param theme only signals from this theme, or null
 * @param state only signals in this state, or null
 * @param year only signals sent in this year, or null
 */
public record TrackerFilter(Collection<UUID> communities, @Nullable UUID organisation, @Nullable String office,
		@Nullable String theme, @Nullable SignalState state, @Nullable Integer year) {

	/**
	 * Every sent signal of some communities.
	 * @param communities the communities
	 * @return the filter
	 */
	public static TrackerFilter of(Collection<UUID> communities) {
		return new TrackerFilter(Set.copyOf(communities), null, null, null, null, null);
	}

	/**
	 * The same filter in any state, for the counts per state.
	 * @return the filter without its state
	 */
	public TrackerFilter anyState() {
		return new TrackerFilter(this.communities, this.organisation, this.office, this.theme, null, this.year);
	}

}
