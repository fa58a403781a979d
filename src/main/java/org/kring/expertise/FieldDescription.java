package org.kring.expertise;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an expertise field covers, as a reader sees it.
 *
 * @param code the field's stable code, such as {@code health-care}
 * @param name its name in the reader's language, or in English when it has none there
 * @param description a sentence or two on what it covers, in the same way; null when none
 * was written
 * @param examples examples of activities in the field, in the same way; possibly empty
 */
public record FieldDescription(String code, String name, @Nullable String description, List<String> examples) {

	public FieldDescription {
		examples = List.copyOf(examples);
	}

	/**
	 * @return the field as a label, for lists and filters
	 */
	public FieldLabel label() {
		return new FieldLabel(this.code, this.name);
	}

}
