package org.kring.organisation.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.OrganisationKind;

/**
 * An organisation's details as checked and about to be saved: every value valid, blank
 * optional values as null.
 *
 * @param name its name
 * @param kind what kind of organisation it is
 * @param country its country's ISO 3166 alpha-2 code, in upper case
 * @param region the region it works in, free text
 * @param website an http or https address
 * @param description a short description
 * @param fields the codes of the expertise fields it works on
 */
public record OrganisationDraft(String name, OrganisationKind kind, String country, @Nullable String region,
		@Nullable String website, @Nullable String description, Set<String> fields) {

	public static final int NAME_MAX_LENGTH = 160;

	public static final int REGION_MAX_LENGTH = 120;

	public static final int DESCRIPTION_MAX_LENGTH = 2000;

}
