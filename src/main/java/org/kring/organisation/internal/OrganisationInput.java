package org.kring.organisation.internal;

import org.kring.system.i18n.Countries;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.OrganisationKind;

/**
 * An organisation's details as someone typed them, before they are checked.
 *
 * @param name the name
 * @param slug the chosen address part; blank to make one from the name
 * @param kind the name of an {@link OrganisationKind}
 * @param country an ISO 3166 alpha-2 code
 * @param region the region, optional
 * @param website the website, optional
 * @param description the short description, optional
 * @param fields the codes of expertise fields
 */
public record OrganisationInput(@Nullable String name, @Nullable String slug, @Nullable String kind,
		@Nullable String country, @Nullable String region, @Nullable String website, @Nullable String description,
		@Nullable List<String> fields) {

	/**
	 * Checks every value and says what is wrong with each, by field name.
	 * @param expertise the expertise fields in use
	 * @return the draft when all is well, else the problems as message keys
	 */
	public Checked check(FieldVocabulary expertise) {
		Map<String, String> problems = new LinkedHashMap<>();
		String checkedName = optional(this.name);
		if (checkedName == null) {
			problems.put("name", "organisation.name.required");
		}
		else if (checkedName.length() > OrganisationDraft.NAME_MAX_LENGTH) {
			problems.put("name", "organisation.name.long");
		}
		String checkedSlug = optional(this.slug);
		if (checkedSlug != null) {
			String problem = Slugs.problem(checkedSlug);
			if (problem != null) {
				problems.put("slug", problem);
			}
		}
		OrganisationKind checkedKind = OrganisationKind.parse(this.kind).orElse(null);
		if (checkedKind == null) {
			problems.put("kind",
					(optional(this.kind) == null) ? "organisation.kind.required" : "organisation.kind.unknown");
		}
		String checkedCountry = Countries.normalize(this.country);
		if (checkedCountry == null) {
			problems.put("country", (optional(this.country) == null) ? "organisation.country.required"
					: "organisation.country.unknown");
		}
		String checkedRegion = optional(this.region);
		if (checkedRegion != null && checkedRegion.length() > OrganisationDraft.REGION_MAX_LENGTH) {
			problems.put("region", "organisation.region.long");
		}
		String checkedWebsite = optional(this.website);
		if (checkedWebsite != null && !Websites.isValid(checkedWebsite)) {
			problems.put("website", "organisation.website.invalid");
		}
		String checkedDescription = optional(this.description);
		if (checkedDescription != null && checkedDescription.length() > OrganisationDraft.DESCRIPTION_MAX_LENGTH) {
			problems.put("description", "organisation.description.long");
		}
		Set<String> checkedFields = new LinkedHashSet<>();
		for (String code : (this.fields != null) ? this.fields : List.<String>of()) {
			if (expertise.exists(code)) {
				checkedFields.add(code);
			}
			else {
				problems.put("fields", "organisation.fields.unknown");
			}
		}
		if (!problems.isEmpty() || checkedName == null || checkedKind == null || checkedCountry == null) {
			return new Checked(null, checkedSlug, Map.copyOf(problems));
		}
		return new Checked(new OrganisationDraft(checkedName, checkedKind, checkedCountry, checkedRegion,
				checkedWebsite, checkedDescription, Set.copyOf(checkedFields)), checkedSlug, Map.of());
	}

	private static @Nullable String optional(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The outcome of a check.
	 *
	 * @param draft the details to save, or null when something is wrong
	 * @param slug the chosen address part, or null to make one from the name
	 * @param problems message keys by field name; empty when all is well
	 */
	public record Checked(@Nullable OrganisationDraft draft, @Nullable String slug, Map<String, String> problems) {
	}

}
