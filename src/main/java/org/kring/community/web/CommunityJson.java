package org.kring.community.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.community.internal.Place;
import org.kring.community.internal.PublicCommunity;
import org.kring.community.internal.Translation;

/**
 * A public community in the JSON API, in its original language with its translations.
 *
 * @param slug the address part, {@code /communities/{slug}}
 * @param name the name
 * @param originalLanguage the ISO 639-1 code of the language of the texts
 * @param kind the kind, such as {@code LEARNING_NETWORK}
 * @param joinPolicy how to join: {@code OPEN}, {@code ON_APPROVAL} or
 * {@code BY_INVITATION}
 * @param domain the domain statement
 * @param practice the practice
 * @param themes the themes, sorted
 * @param places the countries (ISO 3166-1 alpha-2) and regions
 * @param languages the working languages (ISO 639-1), sorted
 * @param translations the texts in other languages, by ISO 639-1 code; a missing field
 * falls back to the original
 * @param partnerOrganisations the partner organisations' ids
 * @param memberCount how many members it has
 */
public record CommunityJson(String slug, String name, String originalLanguage, String kind, String joinPolicy,
		String domain, String practice, List<String> themes, List<PlaceJson> places, List<String> languages,
		Map<String, Translation> translations, List<UUID> partnerOrganisations, long memberCount) {

	static CommunityJson of(PublicCommunity community) {
		var d = community.description();
		return new CommunityJson(d.slug(), d.name(), d.originalLanguage(), d.kind().name(), d.joinPolicy().name(),
				d.domain(), d.practice(), d.themes().stream().sorted().toList(), PlaceJson.of(d.places()),
				d.languages().stream().sorted().toList(), d.translations(), community.partners(),
				community.memberCount());
	}

	/**
	 * A country a community works in, and optionally a region of it.
	 *
	 * @param country the ISO 3166-1 alpha-2 code
	 * @param region the region, empty for the whole country
	 */
	public record PlaceJson(String country, String region) {

		static List<PlaceJson> of(java.util.Collection<Place> places) {
			return places.stream()
				.map((place) -> new PlaceJson(place.country(), place.region()))
				.sorted(java.util.Comparator.comparing((PlaceJson place) -> place.country())
					.thenComparing((PlaceJson place) -> place.region()))
				.toList();
		}

	}

}
