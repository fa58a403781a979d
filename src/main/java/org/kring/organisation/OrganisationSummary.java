package org.kring.organisation;

import java.util.UUID;

/**
 * What other modules may know of an organisation, to show and link it.
 *
 * @param id the organisation's id, stable for ever
 * @param slug its readable address part, as in {@code /organisations/{slug}}
 * @param name its name
 * @param kind what kind of organisation it is
 * @param country its country, as an ISO 3166 alpha-2 code such as {@code BE}
 */
public record OrganisationSummary(UUID id, String slug, String name, OrganisationKind kind, String country) {

	/**
	 * The address of the organisation's page.
	 * @return such as {@code /organisations/de-brug}
	 */
	public String path() {
		return "/organisations/" + this.slug;
	}

}
