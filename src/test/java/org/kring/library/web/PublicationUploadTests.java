package org.kring.library.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.kring.library.LibraryTestSupport;
import org.kring.library.internal.Publication;
import org.kring.library.internal.TextExcerpts;
import org.kring.system.TestPrincipal;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad files for a new version: each refused with 422 and its own message next to the file
 * field, the change note kept, nothing stored; a zip bomb dressed as a DOCX never costs
 * more than the capped text read and never a 500.
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
	void aZipBombDisguisedAsDocxNeverCausesAnErrorAndItsTextIsCapped() throws Exception {
		TestPrincipal coordinator = coordinator("Cora Ordinator");
		Publication report = publication("Test Bombed", coordinator, null);
		int status = upload("/publications/" + report.id() + "/versions/new", coordinator,
				List.of(new MockMultipartFile("files", "bomb.docx", "application/octet-stream", zipBomb())),
				"changeNote", "Bigger")
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("refused by type, or accepted with capped text; never an error").isIn(302, 303, 422);
		List<Integer> excerpts = this.jdbc.queryForList(
				"select length(f.text_excerpt) from library_file f join library_version v on v.id = f.version_id"
						+ " where v.publication_id = ? and f.text_excerpt is not null",
				Integer.class, report.id());
		assertThat(excerpts).allSatisfy((length) -> assertThat(length).isLessThanOrEqualTo(TextExcerpts.MAX_CHARS));
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

	/** A DOCX whose document part unpacks to 200 MB of spaces from a few hundred kB. */
	static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\""
					+ "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) 'a');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
