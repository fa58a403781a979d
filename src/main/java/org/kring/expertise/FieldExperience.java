package org.kring.expertise;

import org.jspecify.annotations.Nullable;

/**
 * An expert's experience in one expertise field.
 *
 * @param fieldCode the field's code, such as {@code health-care}
 * @param years years of experience, 0 to 70
 * @param note a short note on what they did in the field, or null
 */
public record FieldExperience(String fieldCode, int years, @Nullable String note) {

	/** The most years of experience anyone declares. */
	public static final int MAX_YEARS = 70;

	/** The longest note. */
	public static final int MAX_NOTE_LENGTH = 300;

}
