package org.kring.system.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Comma-separated values as RFC 4180 has them, safe to open in a spreadsheet: a cell that
 * a spreadsheet would take for a formula gets an apostrophe in front. Downloaded as UTF-8
 * with a byte order mark, so that spreadsheets read accents and Arabic right.
 */
public final class Csv {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final StringBuilder text = new StringBuilder();

	/**
	 * Adds a row.
	 * @param cells its cells, null for an empty one
	 * @return this
	 */
	public Csv row(List<@Nullable String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(cell(cells.get(i)));
		}
		this.text.append("\r\n");
		return this;
	}

	static String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = startsLikeAFormula(value) ? "'" + value : value;
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
				|| safe.indexOf(';') >= 0 || !safe.equals(safe.strip())) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static boolean startsLikeAFormula(String value) {
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/**
	 * The rows as a file to download.
	 * @param filename the name the file is saved under, such as {@code organisations.csv}
	 * @return the response
	 */
	public ResponseEntity<byte[]> download(String filename) {
		byte[] body = toString().getBytes(StandardCharsets.UTF_8);
		byte[] withMark = new byte[BYTE_ORDER_MARK.length + body.length];
		System.arraycopy(BYTE_ORDER_MARK, 0, withMark, 0, BYTE_ORDER_MARK.length);
		System.arraycopy(body, 0, withMark, BYTE_ORDER_MARK.length, body.length);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(withMark);
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
