package org.kring.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Comma-separated values as RFC 4180 has them, safe to open in a spreadsheet: a cell that
 * a spreadsheet would take for a formula gets an apostrophe in front.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv row(List<@Nullable String> cells) {
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

	@Override
	public String toString() {
		return this.text.toString();
	}

}
