package org.kring.practice.internal;

import java.util.List;
import java.util.Map;

/**
 * Published practices counted by expertise field and country, with their mean scores. A
 * practice in two fields counts in both rows but once in its country's column and once in
 * the total.
 *
 * @param fields the codes of the fields with practices, in no particular order
 * @param countries the codes of the countries with practices, in no particular order
 * @param cells the counts by field code, then by country code
 * @param byField each field's total over all countries
 * @param byCountry each country's total over all fields
 * @param total every counted practice
 */
public record Benchmark(List<String> fields, List<String> countries, Map<String, Map<String, BenchmarkCount>> cells,
		Map<String, BenchmarkCount> byField, Map<String, BenchmarkCount> byCountry, BenchmarkCount total) {

	/**
	 * One cell.
	 * @param field a field code
	 * @param country a country code
	 * @return its count, {@link BenchmarkCount#NONE} when it has no practices
	 */
	public BenchmarkCount cell(String field, String country) {
		return this.cells.getOrDefault(field, Map.of()).getOrDefault(country, BenchmarkCount.NONE);
	}

	public BenchmarkCount field(String field) {
		return this.byField.getOrDefault(field, BenchmarkCount.NONE);
	}

	public BenchmarkCount country(String country) {
		return this.byCountry.getOrDefault(country, BenchmarkCount.NONE);
	}

}
