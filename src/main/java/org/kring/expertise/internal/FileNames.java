package org.kring.expertise.internal;

import org.jspecify.annotations.Nullable;

/**
 * Original file names made safe to keep and to send back: no folders, no control
 * characters, not too long, never empty.
 */
final class FileNames {

	static final int MAX = 200;

	private FileNames() {
	}

	static String safe(@Nullable String name) {
		String base = (name != null) ? name : "";
		base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		base.codePoints()
			.filter((c) -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		while (result.startsWith(".")) {
			result = result.substring(1);
		}
		if (result.length() > MAX) {
			result = result.substring(result.length() - MAX);
		}
		return result.isEmpty() ? "attachment" : result;
	}

}
