package org.kring.system.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file a request or an answer may carry, recognised by their content, never
 * by their name: a program renamed {@code .pdf} stays a program.
 */
public enum FileType {

	/** A PDF document. */
	PDF("application/pdf"),

	/** An OpenDocument text. */
	ODT("application/vnd.oasis.opendocument.text"),

	/** An Office Open XML (Word) document. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	/** A PNG image. */
	PNG("image/png"),

	/** A JPEG image. */
	JPEG("image/jpeg");

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final int MAX_CONTENT_TYPES_BYTES = 64 * 1024;

	/** More entries than any real document has. */
	static final int MAX_ZIP_ENTRIES = 10_000;

	/** More than any real document unpacks to. */
	static final long MAX_ZIP_UNCOMPRESSED = 1024L * 1024 * 1024;

	/** Documents compress a few times; a bomb compresses a thousand times. */
	static final long MAX_ZIP_RATIO = 100;

	/** Below this a high ratio is harmless (a page of spaces compresses well). */
	private static final long RATIO_FLOOR = 1024 * 1024;

	private final String contentType;

	FileType(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * Recognises a file by its first bytes and, for the zip-based documents, by the entry
	 * that names their type: ODT by its leading, uncompressed {@code mimetype} entry,
	 * DOCX by {@code [Content_Types].xml} declaring a Word main document that is there.
	 * @param file the file
	 * @return its type, or empty when it is none of the accepted kinds
	 * @throws IOException when the file cannot be read
	 */
	public static Optional<FileType> of(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8);
		}
		if (startsWith(head, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(head, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, ZIP_MAGIC)) {
			return zipDocument(file);
		}
		return Optional.empty();
	}

	private static Optional<FileType> zipDocument(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (isBomb(zip, Files.size(file))) {
				return Optional.empty();
			}
			if (isOdt(file, zip)) {
				return Optional.of(ODT);
			}
			if (isDocx(zip)) {
				return Optional.of(DOCX);
			}
			return Optional.empty();
		}
		catch (ZipException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A zip bomb, as its central directory declares it: too many entries, too much when
	 * unpacked, or unpacking to far more than it weighs, as a whole or one entry. An
	 * entry that hides its size is taken as a bomb. The declared sizes may lie, so what
	 * is unpacked afterwards is read up to a cap only.
	 */
	private static boolean isBomb(ZipFile zip, long fileSize) {
		if (zip.size() > MAX_ZIP_ENTRIES) {
			return true;
		}
		long total = 0;
		var entries = zip.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			long size = entry.getSize();
			long compressed = entry.getCompressedSize();
			if (size < 0 || compressed < 0) {
				return true;
			}
			if (size > RATIO_FLOOR && size / Math.max(1, compressed) > MAX_ZIP_RATIO) {
				return true;
			}
			total += size;
			if (total > MAX_ZIP_UNCOMPRESSED) {
				return true;
			}
		}
		return total > RATIO_FLOOR && total / Math.max(1, fileSize) > MAX_ZIP_RATIO;
	}

	/**
	 * ODT's rule: the first entry is {@code mimetype}, stored, holding exactly the type.
	 * The local header at offset 0 must be that entry, with its name at byte 30.
	 */
	private static boolean isOdt(Path file, ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry("mimetype");
		if (entry == null || entry.getMethod() != ZipEntry.STORED || entry.getSize() != ODT.contentType.length()) {
			return false;
		}
		byte[] local;
		try (InputStream in = Files.newInputStream(file)) {
			local = in.readNBytes(30 + 8);
		}
		if (local.length < 38 || !"mimetype".equals(new String(local, 30, 8, StandardCharsets.US_ASCII))) {
			return false;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return ODT.contentType.equals(new String(in.readNBytes(100), StandardCharsets.US_ASCII));
		}
	}

	private static boolean isDocx(ZipFile zip) throws IOException {
		ZipEntry types = zip.getEntry("[Content_Types].xml");
		if (types == null || zip.getEntry("word/document.xml") == null) {
			return false;
		}
		try (InputStream in = zip.getInputStream(types)) {
			String declared = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
			return declared.contains(DOCX_MAIN) && declared.contains("/word/document.xml");
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
