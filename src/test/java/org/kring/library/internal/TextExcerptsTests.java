package org.kring.library.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.system.files.FileType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of a file's first pages: a PDF's through PDFBox, a DOCX's and an ODT's from
 * their XML, nothing from images or broken files, never more than the cap.
 */
class TextExcerptsTests {

	@TempDir
	Path directory;

	@Test
	void aPdfGivesTheTextOfItsPages() throws IOException {
		Path pdf = write("a.pdf", SamplePdf.of("Integration of newcomers"));
		assertThat(TextExcerpts.of(pdf, FileType.PDF)).isEqualTo("Integration of newcomers");
	}

	@Test
	void aDocxGivesItsParagraphsOnLinesOfTheirOwn() throws IOException {
		Path docx = this.directory.resolve("a.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
			entry(zip, "word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Housing &amp; work</w:t></w:r></w:p>"
					+ "<w:p><w:r><w:t>Second</w:t></w:r></w:p></w:body></w:document>");
		}
		assertThat(TextExcerpts.of(docx, FileType.DOCX)).isEqualTo("Housing & work\nSecond");
	}

	@Test
	void anOdtGivesItsParagraphsAndHeadings() throws IOException {
		Path odt = this.directory.resolve("a.odt");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
			stored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
			entry(zip, "content.xml",
					"<office:text><text:h>Title</text:h><text:p>Body &lt;text&gt;</text:p>" + "</office:text>");
		}
		assertThat(TextExcerpts.of(odt, FileType.ODT)).isEqualTo("Title\nBody <text>");
	}

	@Test
	void aHugeDocumentPartIsReadOnlyUpToTheCap() throws IOException {
		Path docx = this.directory.resolve("bomb.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] letters = "word ".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 100; i++) {
				zip.write(letters);
			}
			zip.closeEntry();
		}
		assertThat(TextExcerpts.of(docx, FileType.DOCX)).hasSize(TextExcerpts.MAX_CHARS);
	}

	@Test
	void imagesAndBrokenFilesGiveNoText() throws IOException {
		assertThat(TextExcerpts.of(write("a.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }), FileType.PNG)).isNull();
		assertThat(TextExcerpts.of(write("b.pdf", "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII)), FileType.PDF))
			.isNull();
	}

	private Path write(String name, byte[] content) throws IOException {
		Path file = this.directory.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(content);
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void stored(ZipOutputStream zip, String name, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}

}
