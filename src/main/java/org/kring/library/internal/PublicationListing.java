package org.kring.library.internal;

import java.util.List;

/**
 * One page of publications.
 *
 * @param rows the publications on this page, the newest first
 * @param total how many match in all
 * @param page this page, from 1
 */
public record PublicationListing(List<PublicationRow> rows, int total, int page) {

	public int totalPages() {
		return Math.max(1, (this.total + PublicationFilter.PAGE_SIZE - 1) / PublicationFilter.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
