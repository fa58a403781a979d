package org.kring.community.internal;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param <T> what is listed
 * @param items the items on this page
 * @param page the page number, from 1
 * @param size how many items a full page holds
 * @param total how many items the whole list holds
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public ResultPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
