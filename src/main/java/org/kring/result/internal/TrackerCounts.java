package org.kring.result.internal;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How many sent signals are in each state, and what came of the followed-up ones.
 *
 * @param states the number of signals per state, drafts never among them
 * @param outcomes the number of followed-up signals per outcome
 */
public record TrackerCounts(Map<SignalState, Long> states, Map<FollowUpOutcome, Long> outcomes) {

	/** No signals at all. */
	public static final TrackerCounts NONE = new TrackerCounts(Map.of(), Map.of());

	public TrackerCounts {
		states = Map.copyOf(states);
		outcomes = Map.copyOf(outcomes);
	}

	/**
	 * The number of signals in one state.
	 * @param state the state
	 * @return the count, 0 for none
	 */
	public long of(SignalState state) {
		return this.states.getOrDefault(state, 0L);
	}

	/**
	 * The number of followed-up signals with one outcome.
	 * @param outcome the outcome
	 * @return the count, 0 for none
	 */
	public long of(FollowUpOutcome outcome) {
		return this.outcomes.getOrDefault(outcome, 0L);
	}

	/**
	 * The number of signals in one state, or in all.
	 * @param state the state, or null for every state
	 * @return the count
	 */
	public long total(@Nullable SignalState state) {
		return (state != null) ? of(state) : this.states.values().stream().mapToLong(Long::longValue).sum();
	}

	static TrackerCounts of(Iterable<Counted> rows) {
		Map<SignalState, Long> states = new EnumMap<>(SignalState.class);
		Map<FollowUpOutcome, Long> outcomes = new EnumMap<>(FollowUpOutcome.class);
		for (Counted row : rows) {
			states.merge(row.state(), row.count(), Long::sum);
			if (row.outcome() != null) {
				outcomes.merge(row.outcome(), row.count(), Long::sum);
			}
		}
		return new TrackerCounts(states, outcomes);
	}

	record Counted(SignalState state, @Nullable FollowUpOutcome outcome, long count) {
	}

}
