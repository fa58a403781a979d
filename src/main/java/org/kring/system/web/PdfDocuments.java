package org.kring.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

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
 * accents, Greek and Cyrillic, not Arabic script, which comes out as blank glyphs.
 */
@Component
public class PdfDocuments {

	/** The font family the templates name in their style sheet. */
	public static final String FONT_FAMILY = "Kring Sans";

	// the one TrueType font PDFBox ships, for its own form fields
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

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
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
		for (int weight : new int[] { 400, 700 }) {
			for (FontStyle style : new FontStyle[] { FontStyle.NORMAL, FontStyle.ITALIC }) {
				builder.useFont(PdfDocuments::font, FONT_FAMILY, weight, style, true);
			}
		}
		try {
			builder.withHtmlContent(html.toString(), null).toStream(pdf).run();
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
		InputStream font = PdfDocuments.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("PDFBox's font " + FONT + " is missing");
		}
		return font;
	}

}
