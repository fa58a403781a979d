package org.kring.system.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names PDF documents are downloaded under: plain ASCII, nothing a header or a file
 * system could take for something else.
 */
class PdfDocumentsTests {

	@Test
	void filenameKeepsLettersDigitsDotsDashesAndUnderscores() {
		assertThat(PdfDocuments.safeFilename("actions-buurt_werk-2026.pdf")).isEqualTo("actions-buurt_werk-2026.pdf");
	}

	@Test
	void filenameLosesQuotesSlashesLineBreaksAndAccents() {
		assertThat(PdfDocuments.safeFilename("a\"b/c\\d\r\ne é.pdf")).isEqualTo("a-b-c-d--e--.pdf");
		assertThat(PdfDocuments.safeFilename("../../etc.pdf")).isEqualTo("etc.pdf");
		assertThat(PdfDocuments.safeFilename("")).isEqualTo("document.pdf");
	}

}
