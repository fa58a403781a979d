package org.kring.practice.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.BenchmarkFilter;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.web.QueryParameters;

/**
 * The benchmark's filters as they were sent, what they mean, and the message key of each
 * one that could not be read. A filter that could not be read is left out of the counts.
 *
 * @param targetGroup the target group as sent, or null
 * @param year the start year as sent, or null
 * @param filter what the readable filters mean
 * @param errors message keys by parameter name
 */
public record BenchmarkQuery(@Nullable String targetGroup, @Nullable String year, BenchmarkFilter filter,
		Map<String, String> errors) {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	static BenchmarkQuery of(@Nullable String targetGroup, @Nullable String year) {
		String group = QueryParameters.blankToNull(targetGroup);
		String startYear = QueryParameters.blankToNull(year);
		Map<String, String> errors = new LinkedHashMap<>();
		TargetGroup readGroup = group(group, errors);
		Integer readYear = year(startYear, errors);
		return new BenchmarkQuery(group, startYear, new BenchmarkFilter(readGroup, readYear), Map.copyOf(errors));
	}

	private static @Nullable TargetGroup group(@Nullable String group, Map<String, String> errors) {
		if (group == null) {
			return null;
		}
		try {
			return TargetGroup.valueOf(group.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.put("targetGroup", "benchmark.filter.targetGroup.invalid");
			return null;
		}
	}

	private static @Nullable Integer year(@Nullable String year, Map<String, String> errors) {
		if (year == null) {
			return null;
		}
		try {
			int read = Integer.parseInt(year);
			if (read >= FIRST_YEAR && read <= LAST_YEAR) {
				return read;
			}
		}
		catch (NumberFormatException ex) {
			// answered like a year out of range
		}
		errors.put("year", "benchmark.filter.year.invalid");
		return null;
	}

	/**
	 * The parameters of the readable filters, for links to the practice list and the CSV.
	 * @return target group and year, in that order, each only when set
	 */
	public Map<String, String> parameters() {
		Map<String, String> params = new LinkedHashMap<>();
		if (this.filter.targetGroup() != null) {
			params.put("targetGroup", this.filter.targetGroup().name());
		}
		if (this.filter.startYear() != null) {
			params.put("year", this.filter.startYear().toString());
		}
		return params;
	}

}
