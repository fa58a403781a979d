package org.kring.practice.web;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.Benchmark;
import org.kring.practice.internal.BenchmarkCount;
import org.kring.practice.internal.TargetGroup;
import org.kring.system.web.QueryParameters;

/**
 * The cross-country benchmark: expertise fields as rows, countries as columns, each cell
 * the number of published practices and their mean score, linking to those practices.
 *
 * @param query the filters as sent
 * @param fields the rows, named in the reader's language
 * @param countries the columns, named in the reader's language
 * @param benchmark the counts
 */
public record BenchmarkPage(BenchmarkQuery query, List<Named> fields, List<Named> countries, Benchmark benchmark) {

	static final String PRACTICES = "/practices";

	/** The dash shown for a mean without scores. */
	public static final String NO_MEAN = "–";

	public List<TargetGroup> targetGroups() {
		return List.of(TargetGroup.values());
	}

	public @Nullable String error(String parameter) {
		return this.query.errors().get(parameter);
	}

	public boolean hasErrors() {
		return !this.query.errors().isEmpty();
	}

	/**
	 * The practice list showing a cell's, row's or column's practices.
	 * @param field a field code, or null for every field
	 * @param country a country code, or null for every country
	 * @return the list's address with these filters and the benchmark's own
	 */
	public String practicesLink(@Nullable String field, @Nullable String country) {
		Map<String, String> params = new LinkedHashMap<>();
		if (field != null) {
			params.put("field", field);
		}
		if (country != null) {
			params.put("country", country);
		}
		params.putAll(this.query.parameters());
		return QueryParameters.link(PRACTICES, params);
	}

	public String csvLink() {
		return QueryParameters.link(BenchmarkController.CSV, this.query.parameters());
	}

	/**
	 * A mean score as the reader writes numbers.
	 * @param count the counted practices
	 * @param locale the reader's language
	 * @return such as "3.7", or {@link #NO_MEAN} without scores
	 */
	public static String mean(BenchmarkCount count, Locale locale) {
		Double mean = count.mean();
		if (mean == null) {
			return NO_MEAN;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(mean);
	}

	/**
	 * A row or column.
	 *
	 * @param code the field or country code
	 * @param name its name in the reader's language
	 */
	public record Named(String code, String name) {
	}

}
