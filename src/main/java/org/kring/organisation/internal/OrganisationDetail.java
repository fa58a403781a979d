package org.kring.organisation.internal;

import java.util.List;

/**
 * One organisation's page.
 *
 * @param organisation the organisation
 * @param relations its relations, both those it has with others and those others have
 * with it
 * @param people how many people say they belong to it
 * @param mine whether the reader says they belong to it
 */
public record OrganisationDetail(OrganisationRow organisation, List<RelationRow> relations, int people, boolean mine) {

}
