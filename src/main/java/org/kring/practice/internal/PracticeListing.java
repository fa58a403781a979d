package org.kring.practice.internal;

import java.util.List;

/**
 * One page of a list of practices.
 *
 * @param rows the practices on the page
 * @param page the page, from 1
 * @param size how many a page holds
 * @param total how many there are on all pages
 */
public record PracticeListing(List<PracticeRow> rows, int page, int size, long total) {

	/** How many pages there are, at least 1. */
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
