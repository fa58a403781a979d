package org.kring.library.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.library.LibraryTestSupport;
import org.kring.library.internal.Publication;
import org.kring.expertise.SampleFiles;
import org.kring.system.TestPrincipal;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad files for a new version: each refused with 422 and its own message next to the file
 * field, the change note kept, nothing stored; a zip bomb dressed as a DOCX among them.
 */
class PublicationUploadTests extends LibraryTestSupport {

	@Test
	void aFileThatSaysPdfButIsNotIsRefused() throws Exception {
		refused(new MockMultipartFile("files", "report.pdf", "application/pdf",
				"MZ this is a program".getBytes(StandardCharsets.US_ASCII)), "recognised by their content");
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		refused(new MockMultipartFile("files", "empty.pdf", "application/pdf", new byte[0]), "The file is empty");
	}

	@Test
	void aFileOverTheLimitIsRefused() throws Exception {
		byte[] large = new byte[26 * 1024 * 1024];
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
		refused(new MockMultipartFile("files", "large.pdf", "application/pdf", large), "larger than allowed");
	}

	@Test
	void aNameWithFoldersIsRefused() throws Exception {
		refused(pdf("../../etc/report.pdf", "x"), "may not contain folders");
	}

	@Test
	void aNameWithControlCharactersIsRefused() throws Exception {
		refused(pdf("report\u0007\r\n.pdf", "x"), "may not contain folders");
	}

	@Test
	void aZipBombDisguisedAsDocxIsRefused() throws Exception {
		refused(new MockMultipartFile("files", "bomb.docx", "application/octet-stream", SampleFiles.docxBomb()),
				"recognised by their content");
	}

	private void refused(MockMultipartFile file, String message) throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication report = publication("Test Refused", coordinator, null);
		String page = upload("/publications/" + report.id() + "/versions/new", coordinator, List.of(file), "changeNote",
				"Kept note")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(message).contains("id=\"files-error\"").contains("Kept note");
		assertThat(this.jdbc.queryForObject("select count(*) from library_version where publication_id = ?",
				Integer.class, report.id()))
			.isEqualTo(1);
	}

}
