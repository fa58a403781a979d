package org.kring.organisation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An organisation the instance registers itself.
 *
 * @param name its name
 * @param kind its kind
 * @param country its country, ISO 3166 alpha-2
 * @param region the region it works in, or null
 * @param website an http or https address, or null
 * @param description a short description, or null
 * @param fields the codes of the expertise fields it works on
 */
public record NewOrganisation(String name, OrganisationKind kind, String country, @Nullable String region,
		@Nullable String website, @Nullable String description, Set<String> fields) {
}
