package org.kring.system.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.expertise.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments are recognised by their content: real small samples of each accepted kind
 * pass, and programs, web pages and look-alike archives do not, whatever they are named.
 */
class FileTypeTests {

	@TempDir
	Path directory;

	@Test
	void recognisesEachAcceptedKindByItsContent() throws IOException {
		assertThat(typeOf("report.pdf", SampleFiles.pdf())).contains(FileType.PDF);
		assertThat(typeOf("picture.png", SampleFiles.png())).contains(FileType.PNG);
		assertThat(typeOf("photo.jpg", SampleFiles.jpeg())).contains(FileType.JPEG);
		assertThat(typeOf("text.odt", SampleFiles.odt())).contains(FileType.ODT);
		assertThat(typeOf("text.docx", SampleFiles.docx())).contains(FileType.DOCX);
	}

	@Test
	void aNameDoesNotMakeAFileWhatItSays() throws IOException {
		assertThat(typeOf("invoice.pdf", SampleFiles.exe())).isEmpty();
		assertThat(typeOf("picture.png", SampleFiles.html())).isEmpty();
		assertThat(typeOf("picture.pdf", SampleFiles.png())).contains(FileType.PNG);
	}

	@Test
	void aPlainZipIsNeitherOdtNorDocx() throws IOException {
		assertThat(typeOf("text.docx", SampleFiles.plainZip())).isEmpty();
	}

	@Test
	void anOdtNeedsItsMimetypeEntryFirstAndUncompressed() throws IOException {
		byte[] compressed = SampleFiles.zip(false, Map.of("mimetype", "application/vnd.oasis.opendocument.text"));
		assertThat(typeOf("text.odt", compressed)).isEmpty();
		byte[] spreadsheet = SampleFiles.zip(true,
				Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"));
		assertThat(typeOf("sheet.odt", spreadsheet)).isEmpty();
	}

	@Test
	void aDocxNeedsTheWordMainDocumentDeclaredAndPresent() throws IOException {
		byte[] declaredOnly = SampleFiles.zip(false,
				Map.of("[Content_Types].xml",
						"<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
								+ "officedocument.wordprocessingml.document.main+xml\"/></Types>"));
		assertThat(typeOf("text.docx", declaredOnly)).isEmpty();
		byte[] spreadsheet = SampleFiles.zip(false,
				Map.of("[Content_Types].xml",
						"<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
								+ "officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
						"word/document.xml", "<w:document/>"));
		assertThat(typeOf("sheet.docx", spreadsheet)).isEmpty();
	}

	@Test
	void aBrokenZipAndAnEmptyFileAreRefused() throws IOException {
		byte[] broken = { 'P', 'K', 3, 4, 1, 2, 3 };
		assertThat(typeOf("broken.docx", broken)).isEmpty();
		assertThat(typeOf("empty.pdf", new byte[0])).isEmpty();
	}

	@Test
	void aZipBombDisguisedAsDocxIsRefused() throws IOException {
		assertThat(typeOf("report.docx", SampleFiles.docxBomb())).isEmpty();
	}

	@Test
	void aZipWithMoreEntriesThanAnyDocumentIsRefused() throws IOException {
		Map<String, String> entries = new java.util.HashMap<>(Map.of("[Content_Types].xml",
				"<Types ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\""
						+ " PartName=\"/word/document.xml\"/>",
				"word/document.xml", "<w:document/>"));
		for (int i = 0; i <= FileType.MAX_ZIP_ENTRIES; i++) {
			entries.put("word/part" + i + ".xml", "");
		}
		assertThat(typeOf("many.docx", SampleFiles.zip(false, entries))).isEmpty();
	}

	@Test
	void aDocumentThatCompressesWellButSanelyIsAccepted() throws IOException {
		Map<String, String> entries = new java.util.HashMap<>(Map.of("[Content_Types].xml",
				"<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
						+ "officedocument.wordprocessingml.document.main+xml\"/></Types>"));
		entries.put("word/document.xml",
				"<w:document>" + "Lorem ipsum dolor sit amet. ".repeat(2000) + "</w:document>");
		assertThat(typeOf("long.docx", SampleFiles.zip(false, entries))).contains(FileType.DOCX);
	}

	@Test
	void contentTypesAreTheOfficialOnes() {
		assertThat(FileType.DOCX.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(FileType.ODT.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
	}

	private Optional<FileType> typeOf(String name, byte[] content) throws IOException {
		Path file = this.directory.resolve(name);
		Files.write(file, content);
		return FileType.of(file);
	}

}
