package org.kring.community;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A community as another part of the instance starts it through
 * {@link CommunityManagement#start}, such as the demo data.
 *
 * @param slug the address part, lower-case letters, digits and hyphens
 * @param kind the kind
 * @param visibility who sees it
 * @param joinPolicy how people join
 * @param originalLanguage the ISO 639-1 code of the texts' language
 * @param name the name
 * @param domain the domain statement
 * @param practice the practice
 * @param themes the themes
 * @param places the countries and regions
 * @param languages the working languages' ISO 639-1 codes
 * @param translations the texts in other languages, by ISO 639-1 code
 */
public record CommunityDraft(String slug, CommunityKind kind, Visibility visibility, JoinPolicy joinPolicy,
		String originalLanguage, String name, String domain, String practice, List<String> themes, List<Place> places,
		List<String> languages, Map<String, Text> translations) {

	/**
	 * A country, and optionally a region of it.
	 *
	 * @param country the ISO 3166-1 alpha-2 code
	 * @param region the region, empty for the whole country
	 */
	public record Place(String country, String region) {
	}

	/**
	 * The texts in one more language; a null field falls back to the original.
	 *
	 * @param name the name
	 * @param domain the domain statement
	 * @param practice the practice
	 */
	public record Text(@Nullable String name, @Nullable String domain, @Nullable String practice) {
	}

}
