package org.kring.practice.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the handbook form, its preview and its PDF, as sent.
 *
 * @param field the field filter of the list
 * @param country the country filter of the list
 * @param title the handbook's title
 * @param practice the ids of the chosen practices
 */
record HandbookParameters(@Nullable String field, @Nullable String country, @Nullable String title,
		@Nullable List<String> practice) {
}
