package org.kring.expertise.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a field or qualification reads in one language.
 *
 * @param name its name
 * @param description a sentence or two on what it covers, if written
 * @param examples examples of activities, one a line; always empty for qualifications
 */
public record Wording(String name, @Nullable String description, List<String> examples) {

	public Wording {
		examples = List.copyOf(examples);
	}

	/**
	 * Just a name.
	 * @param name the name
	 * @return a wording without description or examples
	 */
	public static Wording named(String name) {
		return new Wording(name, null, List.of());
	}

}
