package org.kring.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.kring.system.files.FileType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of a file's first pages, for the search: a PDF's first three pages, the body
 * of a DOCX or ODT. A zipped document is read only up to {@value #MAX_XML_BYTES} bytes of
 * its text part, however large it claims or unpacks to, so a zip bomb costs nothing.
 * Images have no text. A file that cannot be read gives no text rather than an error: the
 * upload was already accepted by its type.
 */
public final class TextExcerpts {

	/** The most characters kept of one file. */
	public static final int MAX_CHARS = 20000;

	static final int MAX_XML_BYTES = 2 * 1024 * 1024;

	private static final int PDF_PAGES = 3;

	private static final Pattern PARAGRAPH_END = Pattern.compile("</(w:p|text:p|text:h)>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

	private static final Logger logger = LoggerFactory.getLogger(TextExcerpts.class);

	private TextExcerpts() {
	}

	/**
	 * The text of a stored file's first pages.
	 * @param file the file
	 * @param type the type its content showed
	 * @return the text, at most {@value #MAX_CHARS} characters, or null when there is
	 * none
	 */
	public static @Nullable String of(Path file, FileType type) {
		try {
			String text = switch (type) {
				case PDF -> pdf(file);
				case DOCX -> zipped(file, "word/document.xml");
				case ODT -> zipped(file, "content.xml");
				case PNG, JPEG -> null;
			};
			return trimmed(text);
		}
		catch (IOException | RuntimeException ex) {
			logger.info("No text could be read from a {} file: {}", type, ex.toString());
			return null;
		}
	}

	private static String pdf(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(PDF_PAGES);
			return stripper.getText(document);
		}
	}

	private static @Nullable String zipped(Path file, String entryName) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(entryName);
			if (entry == null) {
				return null;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return textOfXml(new String(in.readNBytes(MAX_XML_BYTES), StandardCharsets.UTF_8));
			}
		}
	}

	/**
	 * The text of a document's XML: paragraphs on lines of their own, tags gone, the five
	 * XML entities read.
	 */
	static String textOfXml(String xml) {
		String lines = PARAGRAPH_END.matcher(xml).replaceAll("\n");
		String text = TAG.matcher(lines).replaceAll(" ");
		text = text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&apos;", "'")
			.replace("&amp;", "&");
		return SPACES.matcher(text).replaceAll(" ");
	}

	private static @Nullable String trimmed(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String lines = text.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.reduce((a, b) -> a + "\n" + b)
			.orElse("");
		if (lines.isEmpty()) {
			return null;
		}
		return (lines.length() > MAX_CHARS) ? lines.substring(0, MAX_CHARS) : lines;
	}

}
