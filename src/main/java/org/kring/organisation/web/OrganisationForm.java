package org.kring.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.internal.OrganisationInput;

/**
 * The form that creates or changes an organisation, as typed.
 *
 * @param name the name
 * @param slug the address part; blank to make one from the name
 * @param kind an organisation kind's name
 * @param country a country code
 * @param region the region
 * @param website the website
 * @param description the short description
 * @param fields the chosen expertise fields' codes
 * @param version the version the edit form was shown with
 */
public record OrganisationForm(@Nullable String name, @Nullable String slug, @Nullable String kind,
		@Nullable String country, @Nullable String region, @Nullable String website, @Nullable String description,
		@Nullable List<String> fields, @Nullable Long version) {

	static OrganisationForm empty() {
		return new OrganisationForm(null, null, null, null, null, null, null, List.of(), null);
	}

	/**
	 * The same form as typed, to be saved over the version stored now: after an edit that
	 * crossed another, the person sees the clash and saving again replaces that version.
	 * @param current the version stored now
	 * @return the form at that version
	 */
	OrganisationForm atVersion(long current) {
		return new OrganisationForm(this.name, this.slug, this.kind, this.country, this.region, this.website,
				this.description, this.fields, current);
	}

	OrganisationInput input() {
		return new OrganisationInput(this.name, this.slug, this.kind, this.country, this.region, this.website,
				this.description, this.fields);
	}

	public boolean isKind(String value) {
		return value.equals(this.kind);
	}

	public boolean isCountry(String value) {
		return value.equalsIgnoreCase(this.country);
	}

	public boolean hasField(String code) {
		return this.fields != null && this.fields.contains(code);
	}

}
