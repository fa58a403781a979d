package org.kring.practice.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a list of published practices is narrowed to; null parts do not narrow it.
 *
 * @param field an expertise field code
 * @param country a country code
 * @param targetGroup a target group
 * @param language a language the practice runs in or is described in
 * @param year the year it started
 * @param text words in its title or summary
 */
public record PracticeFilter(@Nullable String field, @Nullable String country, @Nullable TargetGroup targetGroup,
		@Nullable String language, @Nullable Integer year, @Nullable String text) {

	/** No narrowing. */
	public static final PracticeFilter NONE = new PracticeFilter(null, null, null, null, null, null);

}
