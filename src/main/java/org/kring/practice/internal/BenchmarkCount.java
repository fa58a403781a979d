package org.kring.practice.internal;

import org.jspecify.annotations.Nullable;

/**
 * The published practices of one cell, row or column of the benchmark and the scores
 * their reviewers handed in.
 *
 * @param practices how many practices
 * @param scoreTotal the sum of all their handed-in scores
 * @param scores how many scores were handed in
 */
public record BenchmarkCount(long practices, long scoreTotal, long scores) {

	/** Nothing counted. */
	public static final BenchmarkCount NONE = new BenchmarkCount(0, 0, 0);

	/**
	 * The mean over every handed-in score.
	 * @return between 1 and 5, or null when no score was handed in
	 */
	public @Nullable Double mean() {
		return (this.scores == 0) ? null : (double) this.scoreTotal / this.scores;
	}

}
