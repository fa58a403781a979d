package org.kring.expertise.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.FieldLabel;
import org.kring.system.web.Csv;

/**
 * The coverage matrix as comma-separated values: a header row with the partners, a row
 * per field with its total, a row of distinct experts per partner and a row of targets.
 */
final class CoverageCsv {

	private CoverageCsv() {
	}

	/**
	 * Writes the matrix.
	 * @param report the community's coverage
	 * @param text interface text by message key, in the reader's language
	 * @return the rows
	 */
	static Csv of(CoverageReports.CoverageReport report, Function<String, String> text) {
		CoverageMatrix matrix = report.matrix();
		boolean other = matrix.otherTotal() > 0;
		Csv csv = new Csv();
		List<@Nullable String> header = new ArrayList<>();
		header.add(text.apply("coverage.field"));
		report.partners().forEach((partner) -> header.add(partner.name()));
		if (other) {
			header.add(text.apply("coverage.other"));
		}
		header.add(text.apply("coverage.total"));
		csv.row(header);
		for (FieldLabel field : report.fields()) {
			List<@Nullable String> row = new ArrayList<>();
			row.add(field.name());
			report.partners().forEach((partner) -> row.add(number(matrix.count(field.code(), partner.id()))));
			if (other) {
				row.add(number(matrix.otherCount(field.code())));
			}
			row.add(number(matrix.fieldTotal(field.code())));
			csv.row(row);
		}
		List<@Nullable String> totals = new ArrayList<>();
		totals.add(text.apply("coverage.total.people"));
		report.partners().forEach((partner) -> totals.add(number(matrix.partnerTotal(partner.id()))));
		if (other) {
			totals.add(number(matrix.otherTotal()));
		}
		totals.add(number(matrix.total()));
		csv.row(totals);
		List<@Nullable String> targets = new ArrayList<>();
		targets.add(text.apply("coverage.csv.target"));
		report.partners().forEach((partner) -> targets.add(number(matrix.target().expertsPerPartner())));
		csv.row(targets);
		return csv;
	}

	private static String number(int count) {
		return Integer.toString(count);
	}

}
