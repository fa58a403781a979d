package org.kring.expertise;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a person declares about their expertise, and who may see it.
 *
 * @param personId the expert
 * @param organisationId the organisation module's id of the organisation they work for,
 * or null for an independent expert
 * @param biography a short biography of at most {@value #MAX_BIOGRAPHY_LENGTH}
 * characters, or null
 * @param visibility who besides the expert may see the profile
 * @param fields their fields with years of experience, most years first
 * @param qualifications the codes of their qualifications, sorted
 * @param languages the languages they speak: ISO 639-1 codes where a language has one,
 * else ISO 639-2/3 codes; sorted
 * @param countries the countries they have experience in, ISO 3166-1 alpha-2; sorted
 * @param availability the kinds of work they are available for
 */
public record ExpertProfile(UUID personId, @Nullable UUID organisationId, @Nullable String biography,
		ProfileVisibility visibility, List<FieldExperience> fields, List<String> qualifications, List<String> languages,
		List<String> countries, Set<Availability> availability) {

	/** The longest biography. */
	public static final int MAX_BIOGRAPHY_LENGTH = 2000;

	public ExpertProfile {
		fields = List.copyOf(fields);
		qualifications = List.copyOf(qualifications);
		languages = List.copyOf(languages);
		countries = List.copyOf(countries);
		availability = Set.copyOf(availability);
	}

}
