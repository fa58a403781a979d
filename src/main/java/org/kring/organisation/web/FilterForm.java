package org.kring.organisation.web;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the list and the map as the reader chose them, to show them chosen.
 *
 * @param kind an organisation kind's name
 * @param country a country code
 * @param region a region
 * @param field an expertise field's code
 * @param q words to look for
 */
public record FilterForm(@Nullable String kind, @Nullable String country, @Nullable String region,
		@Nullable String field, @Nullable String q) {

	public boolean isKind(String value) {
		return value.equalsIgnoreCase(this.kind);
	}

	public boolean isCountry(String value) {
		return value.equalsIgnoreCase(this.country);
	}

	public boolean isField(String value) {
		return value.equals(this.field);
	}

}
