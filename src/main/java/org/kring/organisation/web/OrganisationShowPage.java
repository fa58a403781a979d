package org.kring.organisation.web;

import java.util.List;

import org.kring.organisation.internal.RelationRow;

/**
 * One organisation's page.
 *
 * @param organisation the organisation
 * @param slug its address part, for the forms
 * @param relations its relations in both directions
 * @param people how many people say they belong to it
 * @param signedIn whether the reader is signed in (and may say they belong to it)
 * @param mine whether the reader says they belong to it
 * @param canEdit whether the reader may change it
 */
public record OrganisationShowPage(OrganisationCard organisation, String slug, List<RelationRow> relations, int people,
		boolean signedIn, boolean mine, boolean canEdit) {
}
