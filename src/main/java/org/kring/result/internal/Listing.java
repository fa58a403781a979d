package org.kring.result.internal;

import java.util.List;

/**
 * One page of a toolbox or a legislation register.
 *
 * @param <T> the rows
 * @param rows the entries on this page, the newest first
 * @param total how many entries match in all
 * @param page this page, from 1
 */
public record Listing<T>(List<T> rows, int total, int page) {

	public int totalPages() {
		return Math.max(1, (this.total + ToolboxSearch.PAGE_SIZE - 1) / ToolboxSearch.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
