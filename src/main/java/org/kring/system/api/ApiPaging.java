package org.kring.system.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The page a client asked for with {@code page} (from 1) and {@code size} (1 to
 * {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when not given).
 *
 * @param page the page number, from 1
 * @param size how many items a page holds
 */
public record ApiPaging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** No client goes this deep; it keeps the offset of a query within an int. */
	public static final int MAX_PAGE = 100_000;

	/**
	 * Reads the page and size parameters.
	 * @param page the {@code page} parameter, or null for the first page
	 * @param size the {@code size} parameter, or null for {@value #DEFAULT_SIZE}
	 * @return the paging
	 * @throws ApiProblem (400) when either is not a whole number in range
	 */
	public static ApiPaging of(@Nullable String page, @Nullable String size) {
		return new ApiPaging(number("page", page, 1, 1, MAX_PAGE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
	}

	private static int number(String name, @Nullable String value, int absent, int min, int max) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		if (!inRange(value, min, max)) {
			throw ApiProblem.badParameter(name, "The parameter '" + name + "' must be " + numberRule(min, max));
		}
		return Integer.parseInt(value.strip());
	}

	/**
	 * Whether a parameter's value is a whole number in range, blanks around it allowed.
	 */
	static boolean inRange(String value, int min, int max) {
		try {
			int number = Integer.parseInt(value.strip());
			return number >= min && number <= max;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	static String numberRule(int min, int max) {
		return "a whole number from " + min + " to " + max;
	}

	/**
	 * One page of items with where it stands in the whole.
	 * @param <T> the items' type
	 * @param items the items on this page
	 * @param totalItems how many there are on all pages
	 * @return the page, as the API answers it
	 */
	public <T> ApiPage<T> page(List<T> items, long totalItems) {
		int totalPages = (int) Math.max(1, (totalItems + this.size - 1) / this.size);
		return new ApiPage<>(items, this.page, this.size, totalItems, totalPages);
	}

}
