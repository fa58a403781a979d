package org.kring.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * PDF documents made on the server from a jte template, such as a year review or a
 * handbook. The template gets its model plus the request's {@link PageContext} under the
 * name {@code ctx}, like a page, and must write well-formed XHTML. Text is set in
 * {@value #FONT_FAMILY} (Liberation Sans, embedded as a subset): it covers Latin with its
 * accents, Greek and Cyrillic. What it lacks, such as Arabic script, is drawn from DejaVu
 * Sans, the fallback for glyphs no font of the document has; right-to-left text is shaped
 * and ordered by {@link PdfBidi}.
 */
@Component
public class PdfDocuments {

	/** The font family the templates name in their style sheet. */
	public static final String FONT_FAMILY = "Kring Sans";

	// the one TrueType font PDFBox ships, for its own form fields
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	// DejaVu Sans as the JasperReports fonts jar ships it: it has the Arabic letters and
	// their joined forms, in each weight and style
	private static final String FALLBACK = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans";

	private static final String FALLBACK_FAMILY = "Kring Fallback Sans";

	private static final PdfBidi BIDI = new PdfBidi();

	private final TemplateEngine templates;

	private final PageContexts contexts;

	PdfDocuments(TemplateEngine templates, PageContexts contexts) {
		this.templates = templates;
		this.contexts = contexts;
	}

	/**
	 * Renders a template to a PDF.
	 * @param template the template, such as {@code result/review-pdf} for
	 * {@code src/main/jte/result/review-pdf.jte}
	 * @param model the template's parameters besides {@code ctx}
	 * @param request the request, for the language and the page context
	 * @return the PDF's bytes
	 */
	public byte[] render(String template, Map<String, Object> model, HttpServletRequest request) {
		Map<String, Object> params = new HashMap<>(model);
		params.put("ctx", this.contexts.of(request));
		StringOutput html = new StringOutput();
		this.templates.render(template + ".jte", params, html);
		return pdf(html.toString());
	}

	/**
	 * Turns XHTML into a PDF.
	 * @param html a well-formed XHTML document
	 * @return the PDF's bytes
	 */
	static byte[] pdf(String html) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.useUnicodeBidiSplitter(BIDI)
			.useUnicodeBidiReorderer(BIDI);
		for (int weight : new int[] { 400, 700 }) {
			for (FontStyle style : new FontStyle[] { FontStyle.NORMAL, FontStyle.ITALIC }) {
				builder.useFont(PdfDocuments::font, FONT_FAMILY, weight, style, true);
			}
		}
		// asked only for the characters no font of the document has a glyph for
		Set<FSFontUseCase> fallback = EnumSet.of(FSFontUseCase.FALLBACK_FINAL);
		builder.useFont(() -> fallback(""), FALLBACK_FAMILY, 400, FontStyle.NORMAL, true, fallback);
		builder.useFont(() -> fallback("-Bold"), FALLBACK_FAMILY, 700, FontStyle.NORMAL, true, fallback);
		builder.useFont(() -> fallback("-Oblique"), FALLBACK_FAMILY, 400, FontStyle.ITALIC, true, fallback);
		builder.useFont(() -> fallback("-BoldOblique"), FALLBACK_FAMILY, 700, FontStyle.ITALIC, true, fallback);
		try {
			builder.withHtmlContent(html, null).toStream(pdf).run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * Renders a template to a PDF to download.
	 * @param template the template, as for {@link #render}
	 * @param model the template's parameters besides {@code ctx}
	 * @param request the request
	 * @param filename the name to save it under; anything but ASCII letters, digits,
	 * dots, dashes and underscores becomes a dash
	 * @return the response
	 */
	public ResponseEntity<byte[]> download(String template, Map<String, Object> model, HttpServletRequest request,
			String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(safeFilename(filename)).build().toString())
			.body(render(template, model, request));
	}

	static String safeFilename(String filename) {
		String safe = filename.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
		return safe.isEmpty() ? "document.pdf" : safe;
	}

	private static InputStream font() {
		return resource(FONT);
	}

	private static InputStream fallback(String variant) {
		return resource(FALLBACK + variant + ".ttf");
	}

	private static InputStream resource(String path) {
		InputStream font = PdfDocuments.class.getResourceAsStream(path);
		if (font == null) {
			throw new IllegalStateException("The font " + path + " is missing");
		}
		return font;
	}

}
