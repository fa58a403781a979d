package org.kring.organisation.internal;

import java.util.List;

/**
 * One page of a list of organisations.
 *
 * @param rows the organisations on this page
 * @param total how many the filter lets through in all
 * @param page this page's number, from 1
 * @param size how many a page holds
 */
public record OrganisationPage(List<OrganisationRow> rows, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

}
