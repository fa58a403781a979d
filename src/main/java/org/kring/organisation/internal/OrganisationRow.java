package org.kring.organisation.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;

/**
 * An organisation as the pages, the export and the API show it.
 *
 * @param id its id
 * @param slug its address part
 * @param name its name
 * @param kind its kind
 * @param country its country code
 * @param region the region it works in, if given
 * @param website its website, if given
 * @param description its short description, if given
 * @param fields the codes of its expertise fields
 * @param version its version, for the edit form (0 where not read)
 */
public record OrganisationRow(UUID id, String slug, String name, OrganisationKind kind, String country,
		@Nullable String region, @Nullable String website, @Nullable String description, List<String> fields,
		long version) {

	OrganisationRow withFields(List<String> codes) {
		return new OrganisationRow(this.id, this.slug, this.name, this.kind, this.country, this.region, this.website,
				this.description, List.copyOf(codes), this.version);
	}

	OrganisationRow withVersion(long newVersion) {
		return new OrganisationRow(this.id, this.slug, this.name, this.kind, this.country, this.region, this.website,
				this.description, this.fields, newVersion);
	}

	public OrganisationSummary summary() {
		return new OrganisationSummary(this.id, this.slug, this.name, this.kind, this.country);
	}

	public String path() {
		return "/organisations/" + this.slug;
	}

}
