package org.kring.organisation.web;

import java.util.List;

import org.kring.organisation.FieldName;
import org.kring.organisation.OrganisationKind;
import org.kring.system.i18n.Countries;

/**
 * The list of organisations: one page of them, the filters and the way to other pages.
 *
 * @param organisations the organisations on this page
 * @param total how many the filters let through
 * @param page this page's number, from 1
 * @param pages how many pages there are
 * @param query the filters as the query of an address, for the page links and the export
 * @param filter the filters as chosen
 * @param kinds the kinds to choose from
 * @param countries the countries to choose from
 * @param fields the expertise fields to choose from
 * @param ignored whether a filter named something unknown and was left out
 * @param canCreate whether the reader may add organisations
 */
public record OrganisationListPage(List<OrganisationCard> organisations, long total, int page, int pages, String query,
		FilterForm filter, List<OrganisationKind> kinds, List<Countries.Country> countries, List<FieldName> fields,
		boolean ignored, boolean canCreate) {

	/**
	 * The address of another page of the same list.
	 * @param number the page number
	 * @return such as {@code /organisations?country=BE&page=2}
	 */
	public String pageLink(int number) {
		return "/organisations?" + (this.query.isEmpty() ? "" : this.query + "&") + "page=" + number;
	}

	public String csvLink() {
		return "/organisations.csv" + (this.query.isEmpty() ? "" : "?" + this.query);
	}

}
