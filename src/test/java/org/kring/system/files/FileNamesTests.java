package org.kring.system.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Original file names are kept without folders, quotes, control or direction characters.
 */
class FileNamesTests {

	@Test
	void keepsOnlyTheNameItself() {
		assertThat(FileNames.safe("C:\\Users\\ama\\report.pdf")).isEqualTo("report.pdf");
		assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.safe("a\"b\r\nc\u202Egpj.pdf")).isEqualTo("abcgpj.pdf");
		assertThat(FileNames.safe(".hidden")).isEqualTo("hidden");
		assertThat(FileNames.safe("  ")).isEqualTo("attachment");
		assertThat(FileNames.safe("rapport été.pdf")).isEqualTo("rapport été.pdf");
	}

}
