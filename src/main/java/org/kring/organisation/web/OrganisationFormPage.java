package org.kring.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldName;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.RelationKind;
import org.kring.system.i18n.Countries;
import org.kring.organisation.internal.RelationRow;
import org.kring.system.web.FormErrors;

/**
 * The page that creates an organisation or changes one and its relations.
 *
 * @param slug the organisation's current slug; null while creating one
 * @param name the organisation's current name; null while creating one
 * @param form the organisation form, as stored or as typed
 * @param errors the problems of the organisation form
 * @param kinds the kinds to choose from
 * @param countries the countries to choose from
 * @param fields the expertise fields to choose from
 * @param relations the organisation's relations
 * @param relationForm the relation form, as typed
 * @param relationErrors the problems of the relation form
 * @param others the organisations a relation can lead to
 * @param relationKinds the relation kinds to choose from
 */
public record OrganisationFormPage(@Nullable String slug, @Nullable String name, OrganisationForm form,
		FormErrors errors, List<OrganisationKind> kinds, List<Countries.Country> countries, List<FieldName> fields,
		List<RelationRow> relations, RelationForm relationForm, FormErrors relationErrors,
		List<OrganisationSummary> others, List<RelationKind> relationKinds) {

	public boolean editing() {
		return this.slug != null;
	}

	public String action() {
		return editing() ? "/organisations/" + this.slug + "/edit" : "/organisations/new";
	}

}
