package org.kring.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldName;
import org.kring.system.i18n.Countries;
import org.kring.organisation.internal.RelationRow;

/**
 * The stakeholder map: who works on which field where, and how they relate.
 *
 * @param filter the filters as chosen
 * @param countries the countries to choose from
 * @param fields the expertise fields to choose from
 * @param country the name of the chosen country, or null for all countries
 * @param columns the countries, or the chosen country's regions, across the matrix
 * @param rows the fields down the matrix, each with its counts
 * @param network the picture of the relations; null when there are too many organisations
 * to draw
 * @param organisations how many organisations the filters let through
 * @param relations the relations, as the picture's text alternative
 * @param relationsCut whether there were more relations than the list shows
 * @param query the filters as the query of an address, for the export
 * @param ignored whether a filter named something unknown and was left out
 */
public record StakeholderMapPage(FilterForm filter, List<Countries.Country> countries, List<FieldName> fields,
		@Nullable String country, List<Column> columns, List<Row> rows, @Nullable NetworkPicture network,
		int organisations, List<RelationRow> relations, boolean relationsCut, String query, boolean ignored) {

	public String csvLink() {
		return "/organisations.csv" + (this.query.isEmpty() ? "" : "?" + this.query);
	}

	public String listLink() {
		return "/organisations" + (this.query.isEmpty() ? "" : "?" + this.query);
	}

	/**
	 * A column of the matrix.
	 *
	 * @param name a country's or region's name; empty for organisations without a region
	 */
	public record Column(String name) {
	}

	/**
	 * A row of the matrix: one field and its counts.
	 *
	 * @param field the field
	 * @param cells one count per column, in the columns' order
	 * @param total the organisations working on this field
	 */
	public record Row(FieldName field, List<Cell> cells, int total) {
	}

	/**
	 * A cell of the matrix.
	 *
	 * @param count how many organisations work on the row's field in the column's place
	 * @param link the list of those organisations
	 */
	public record Cell(int count, String link) {
	}

}
