package org.kring.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.internal.OrganisationRow;

/**
 * An organisation as a list shows it, with its country and fields named in the reader's
 * language.
 *
 * @param name its name
 * @param path the address of its page
 * @param kind its kind
 * @param country its country's name
 * @param region the region it works in, if given
 * @param website its website, if given
 * @param description its short description, if given
 * @param fields the names of its expertise fields
 */
public record OrganisationCard(String name, String path, OrganisationKind kind, String country, @Nullable String region,
		@Nullable String website, @Nullable String description, List<String> fields) {

	static OrganisationCard of(OrganisationRow row, Labels labels) {
		return new OrganisationCard(row.name(), row.path(), row.kind(), labels.country(row.country()), row.region(),
				row.website(), row.description(), labels.fields(row.fields()));
	}

}
