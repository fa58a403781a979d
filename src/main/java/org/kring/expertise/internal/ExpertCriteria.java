package org.kring.expertise.internal;

import java.util.Set;
import java.util.UUID;

import org.kring.expertise.Availability;

/**
 * What the finder is asked for: every value is one criterion, so that asking for two
 * languages and a field is three criteria and a profile speaking one of the languages
 * with that field meets two of them. Every value is known (checked by
 * {@link ExpertFilter}).
 *
 * @param fields expertise field codes
 * @param qualifications qualification codes
 * @param languages ISO 639 codes
 * @param countries ISO 3166 alpha-2 codes, upper case
 * @param availability kinds of work
 * @param organisations organisation ids
 */
public record ExpertCriteria(Set<String> fields, Set<String> qualifications, Set<String> languages,
		Set<String> countries, Set<Availability> availability, Set<UUID> organisations) {

	/** Asks for nothing: every profile the reader may see. */
	public static final ExpertCriteria NONE = new ExpertCriteria(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of());

	public ExpertCriteria {
		fields = Set.copyOf(fields);
		qualifications = Set.copyOf(qualifications);
		languages = Set.copyOf(languages);
		countries = Set.copyOf(countries);
		availability = Set.copyOf(availability);
		organisations = Set.copyOf(organisations);
	}

	/**
	 * How many criteria there are.
	 * @return the number of values asked for; an organisation counts once per id
	 */
	public int count() {
		return this.fields.size() + this.qualifications.size() + this.languages.size() + this.countries.size()
				+ this.availability.size() + this.organisations.size();
	}

	public boolean any() {
		return count() > 0;
	}

}
