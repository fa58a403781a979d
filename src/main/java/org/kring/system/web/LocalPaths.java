package org.kring.system.web;

import java.nio.charset.StandardCharsets;

/**
 * Keeps a "return to" address on this site, so that a link cannot send a person
 * elsewhere.
 */
public final class LocalPaths {

	private LocalPaths() {
	}

	/**
	 * The given path when it is a path on this site, else the home page. Characters that
	 * may not stand in a {@code Location} header as they are (spaces, letters beyond
	 * ASCII) are percent-encoded.
	 * @param path a path such as {@code /account}; may be anything a request carried
	 * @return a safe local path, never null
	 */
	public static String safe(String path) {
		boolean local = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
				&& path.chars().noneMatch((c) -> c < 0x20 || c == 0x7f);
		return local ? encodeBeyondAscii(path) : "/";
	}

	private static String encodeBeyondAscii(String path) {
		StringBuilder encoded = new StringBuilder(path.length());
		path.codePoints().forEach((codePoint) -> {
			if (codePoint > 0x20 && codePoint < 0x7f) {
				encoded.appendCodePoint(codePoint);
			}
			else {
				for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
					encoded.append('%').append(String.format("%02X", b & 0xff));
				}
			}
		});
		return encoded.toString();
	}

}
