package org.kring.discussion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The corpus of cross-site scripting payloads in {@code xss/payloads.txt}, for any test
 * that shows user text: its lines, with their escapes turned into the characters they
 * stand for.
 */
public final class XssPayloads {

	private static final String RESOURCE = "/xss/payloads.txt";

	private XssPayloads() {
	}

	/**
	 * Every payload of the corpus.
	 * @return the payloads in the order of the file
	 */
	public static List<String> all() {
		try (InputStream in = XssPayloads.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isEmpty() && !line.startsWith(";"))
				.map(XssPayloads::unescape)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String unescape(String line) {
		var payload = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			char next = (i + 1 < line.length()) ? line.charAt(i + 1) : ' ';
			if (c != '\\' || "nrt0\\u".indexOf(next) < 0 || (next == 'u' && i + 6 > line.length())) {
				payload.append(c);
				continue;
			}
			i++;
			switch (next) {
				case 'n' -> payload.append('\n');
				case 'r' -> payload.append('\r');
				case 't' -> payload.append('\t');
				case '0' -> payload.append('\0');
				case '\\' -> payload.append('\\');
				default -> {
					payload.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
					i += 4;
				}
			}
		}
		return payload.toString();
	}

}
