package org.kring.system.web;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
		assertThat(Csv.cell("plain")).isEqualTo("plain");
		assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
		assertThat(Csv.cell("a; b")).isEqualTo("\"a; b\"");
		assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(Csv.cell(" padded")).isEqualTo("\" padded\"");
		assertThat(Csv.cell(null)).isEmpty();
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
		assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.cell("+32 2 123")).isEqualTo("'+32 2 123");
		assertThat(Csv.cell("-2")).isEqualTo("'-2");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
		assertThat(Csv.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void rowsEndInCarriageReturnAndLineFeed() {
		assertThat(new Csv().row(Arrays.asList("a", null, "c")).row(Arrays.asList("d", "e", "f")).toString())
			.isEqualTo("a,,c\r\nd,e,f\r\n");
	}

}
