package org.kring.system.web;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic in PDF documents: its letters are drawn from the fallback font, joined and right
 * to left, next to Latin text that keeps its own font and order.
 */
public class PdfArabicTests {

	public static final String TITLE = "مقهى اللغة للنساء";

	@Test
	void arabicTitleComesOutAsItsLettersNotAsBlankGlyphs() throws IOException {
		String text = textOf(
				PdfDocuments.pdf(document("<h1 dir=\"rtl\">" + TITLE + "</h1><p>Language café, Gent</p>")));
		// PDFBox gives joined letters as their presentation forms and may give a line in
		// the
		// order it is drawn: both are undone before comparing
		String letters = Normalizer.normalize(text, Normalizer.Form.NFKC);
		assertEachWordIn(letters);
		assertThat(letters).doesNotContain("?").doesNotContain("#").doesNotContain("\uFFFD");
		assertThat(text).contains("Language café, Gent");
	}

	@Test
	void arabicLettersAreJoinedIntoTheirContextualForms() {
		// PDFBox gives joined forms back as plain letters, so the shaping is checked
		// before drawing
		String shaped = new PdfBidi().shapeText(TITLE);
		assertThat(shaped.codePoints().filter((c) -> c >= 0xFE70 && c <= 0xFEFF).count())
			.as("joined presentation forms in %s", shaped)
			.isGreaterThan(10);
		assertThat(new PdfBidi().deshapeText(shaped)).isEqualTo(TITLE);
	}

	@Test
	void rightToLeftTextIsTurnedIntoDrawingOrderWithMirroredBrackets() {
		assertThat(new PdfBidi().reorderRTLTextToLTR("أ (ب)")).isEqualTo("(ب) أ");
	}

	@Test
	void arabicWithinALatinParagraphStaysReadable() throws IOException {
		String text = textOf(PdfDocuments.pdf(document("<p>Title: " + TITLE + " (2021)</p>")));
		String letters = Normalizer.normalize(text, Normalizer.Form.NFKC);
		assertThat(letters).contains("Title:").contains("2021").doesNotContain("#");
		assertEachWordIn(letters);
	}

	private static String document(String body) {
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/><style>body { font-family: '"
				+ PdfDocuments.FONT_FAMILY + "'; }</style></head><body>" + body + "</body></html>";
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	// each word in logical order, or in the visual order it is drawn in
	public static void assertEachWordIn(String letters) {
		for (String word : TITLE.split(" ")) {
			assertThat(letters).containsAnyOf(word, new StringBuilder(word).reverse().toString());
		}
	}

}
