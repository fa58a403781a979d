package org.kring.system.files;

import org.jspecify.annotations.Nullable;

/**
 * Original file names made safe to keep and to send back: no folders, no control
 * characters, not too long, never empty.
 */
public final class FileNames {

	public static final int MAX = 200;

	private FileNames() {
	}

	/**
	 * A name safe to keep and to send back.
	 * @param name the name the browser gave, or null
	 * @return the name without folders or control characters, never empty
	 */
	public static String safe(@Nullable String name) {
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
