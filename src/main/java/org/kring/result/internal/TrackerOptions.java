package org.kring.result.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the sent signals of some communities hold, for the choices of the tracker's
 * filters.
 *
 * @param communities the communities with at least one sent signal
 * @param organisations the organisations addressed
 * @param offices the named offices addressed, by name
 * @param themes the themes signals came from, by name
 * @param years the years signals were sent in, the latest first
 */
public record TrackerOptions(Set<UUID> communities, Set<UUID> organisations, List<String> offices, List<String> themes,
		List<Integer> years) {

	/** Nothing to choose from. */
	public static final TrackerOptions NONE = new TrackerOptions(Set.of(), Set.of(), List.of(), List.of(), List.of());

	public TrackerOptions {
		communities = Set.copyOf(communities);
		organisations = Set.copyOf(organisations);
		offices = List.copyOf(offices);
		themes = List.copyOf(themes);
		years = List.copyOf(years);
	}

}
