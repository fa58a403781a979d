package org.kring.community.web;

/**
 * Where a paginated list stands, for its previous and next links.
 *
 * @param page the page shown, from 1
 * @param pages how many pages there are, at least 1
 * @param path the list's address, without the page parameter
 */
public record Pagination(int page, int pages, String path) {

	static final int SIZE = 50;

	static Pagination of(int requested, long total, String path) {
		int pages = (int) Math.max(1, (total + SIZE - 1) / SIZE);
		return new Pagination(Math.min(Math.max(1, requested), pages), pages, path);
	}

	int offset() {
		return (this.page - 1) * SIZE;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

	public String previous() {
		return this.path + "?page=" + (this.page - 1);
	}

	public String next() {
		return this.path + "?page=" + (this.page + 1);
	}

}
