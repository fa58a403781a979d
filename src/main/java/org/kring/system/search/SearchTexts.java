package org.kring.system.search;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Puts several texts of a searchable thing together into the one text it is searched by.
 */
public final class SearchTexts {

	private SearchTexts() {
	}

	/**
	 * The texts that are there, one paragraph each.
	 * @param texts the texts, any of them null or blank
	 * @return them joined, or null when there is none
	 */
	public static @Nullable String join(@Nullable String... texts) {
		String joined = Arrays.stream(texts)
			.filter(Objects::nonNull)
			.filter((text) -> !text.isBlank())
			.collect(Collectors.joining("\n\n"));
		return joined.isEmpty() ? null : joined;
	}

}
