package org.kring.expertise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small real files of each kind an attachment may be, and some that only pretend.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A minimal but valid one-page PDF. */
	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** A one-pixel PNG. */
	public static byte[] png() {
		return java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
	}

	/** A one-pixel JPEG. */
	public static byte[] jpeg() {
		return java.util.Base64.getDecoder()
			.decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////"
					+ "////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");
	}

	/** An OpenDocument text: the uncompressed mimetype entry first, then the content. */
	public static byte[] odt() {
		return zip(true, Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
				"<office:document-content/>", "META-INF/manifest.xml", "<manifest/>"));
	}

	/** A Word document: content types declaring the main document, and that document. */
	public static byte[] docx() {
		return zip(false,
				Map.of("[Content_Types].xml",
						"<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
								+ "officedocument.wordprocessingml.document.main+xml\"/></Types>",
						"word/document.xml", "<w:document/>", "_rels/.rels", "<Relationships/>"));
	}

	/**
	 * A zip bomb disguised as a Word document: a real one, plus an entry of 50 MB of
	 * zeros that packs into some 50 kB.
	 */
	public static byte[] docxBomb() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			try (var docx = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx()))) {
				for (ZipEntry entry = docx.getNextEntry(); entry != null; entry = docx.getNextEntry()) {
					zip.putNextEntry(new ZipEntry(entry.getName()));
					zip.write(docx.readAllBytes());
					zip.closeEntry();
				}
			}
			zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A zip that is neither: a plain archive. */
	public static byte[] plainZip() {
		return zip(false, Map.of("notes.txt", "hello"));
	}

	/** A Windows program, as its first bytes show. */
	public static byte[] exe() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		return bytes;
	}

	/** A web page. */
	public static byte[] html() {
		return "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A zip archive; with {@code mimetypeFirst} the entry named mimetype is written first
	 * and uncompressed, as OpenDocument requires.
	 */
	public static byte[] zip(boolean mimetypeFirst, Map<String, String> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (mimetypeFirst && entries.containsKey("mimetype")) {
				byte[] content = entries.get("mimetype").getBytes(StandardCharsets.US_ASCII);
				ZipEntry entry = new ZipEntry("mimetype");
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(content.length);
				CRC32 crc = new CRC32();
				crc.update(content);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(content);
				zip.closeEntry();
			}
			for (Map.Entry<String, String> file : entries.entrySet()) {
				if (mimetypeFirst && file.getKey().equals("mimetype")) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
