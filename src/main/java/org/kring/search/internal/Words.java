package org.kring.search.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of what someone typed: letters and digits of any script. Everything else,
 * quotes, brackets, colons, stars, is a separator, never query syntax.
 */
final class Words {

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	private Words() {
	}

	static List<String> of(String text) {
		return Arrays.stream(SEPARATORS.split(text)).filter((word) -> !word.isEmpty()).toList();
	}

}
