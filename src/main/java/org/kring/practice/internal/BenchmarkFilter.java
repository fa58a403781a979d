package org.kring.practice.internal;

import org.jspecify.annotations.Nullable;

/**
 * Which published practices the benchmark counts.
 *
 * @param targetGroup only practices working with this group, or null for all
 * @param startYear only practices that started in this year, or null for all
 */
public record BenchmarkFilter(@Nullable TargetGroup targetGroup, @Nullable Integer startYear) {

	/** Every published practice. */
	public static final BenchmarkFilter ALL = new BenchmarkFilter(null, null);

}
