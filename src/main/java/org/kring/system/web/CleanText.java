package org.kring.system.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps text that cannot be stored or shown safely out of the database: control
 * characters (other than tab and line breaks), the replacement character that stands for
 * bytes that were not valid UTF-8, lone surrogates and non-characters.
 */
public final class CleanText {

	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

	private CleanText() {
	}

	/**
	 * Text as one line: {@link #clean cleaned}, each run of white space (line breaks and
	 * no-break spaces included) made one space, and none at either end. For titles,
	 * reasons and the like.
	 * @param text any text a request carried
	 * @return the text on one line, empty for null
	 */
	public static String oneLine(@Nullable String text) {
		return (text != null) ? spacedOnce(clean(text)) : "";
	}

	/**
	 * Text with each run of white space made one space and none at either end, otherwise
	 * as it is.
	 * @param text any text
	 * @return the text on one line
	 */
	public static String spacedOnce(String text) {
		return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
	}

	/**
	 * The text without such characters, in Unicode normal form C.
	 * @param text any text a request carried
	 * @return the cleaned text, null for null
	 */
	public static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		StringBuilder cleaned = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
				if ((codePoint & 0xFFFE) != 0xFFFE) {
					cleaned.append(c).append(text.charAt(i + 1));
				}
				i++;
			}
			else if (keeps(c)) {
				cleaned.append(c);
			}
		}
		return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
	}

	private static boolean keeps(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return false;
		}
		if (Character.isSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
			return false;
		}
		return !(c >= '\uFDD0' && c <= '\uFDEF');
	}

}
