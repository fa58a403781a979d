package org.kring.community.internal;

import java.util.Comparator;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A country a community works in, and optionally a region of it.
 *
 * @param country the ISO 3166-1 alpha-2 code, upper case
 * @param region the region in free text, empty for the whole country
 */
@Embeddable
public record Place(@Column(name = "country", nullable = false, length = 2) String country,
		@Column(name = "region", nullable = false, length = 120) String region) {

	/** By country code, then region, the whole country first. */
	public static final Comparator<Place> ORDER = Comparator.comparing((Place place) -> place.country())
		.thenComparing((Place place) -> place.region());

	/** The longest region name. */
	public static final int REGION_MAX_LENGTH = 120;

	public Place {
		country = country.strip().toUpperCase(Locale.ROOT);
		region = region.strip();
	}

	/**
	 * The whole of a country.
	 * @param country the ISO code
	 * @return the place
	 */
	public static Place country(String country) {
		return new Place(country, "");
	}

	public boolean wholeCountry() {
		return this.region.isEmpty();
	}

}
