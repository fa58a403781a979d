package org.kring.meeting.closing;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How an attempt to close a meeting ended.
 *
 * @param problems what was wrong with the input, as message keys by field name; empty
 * when the input was fine
 * @param refusal why the meeting may not be closed now whatever the input (not started,
 * cancelled, closed already), as a message key; or null
 */
public record ClosingOutcome(Map<String, String> problems, @Nullable String refusal) {

	public ClosingOutcome {
		problems = Map.copyOf(problems);
	}

	static ClosingOutcome closed() {
		return new ClosingOutcome(Map.of(), null);
	}

	static ClosingOutcome invalid(Map<String, String> problems) {
		return new ClosingOutcome(problems, null);
	}

	static ClosingOutcome refused(String refusal) {
		return new ClosingOutcome(Map.of(), refusal);
	}

	/**
	 * Whether the meeting was closed.
	 * @return true when it was
	 */
	public boolean ok() {
		return this.problems.isEmpty() && this.refusal == null;
	}

}
