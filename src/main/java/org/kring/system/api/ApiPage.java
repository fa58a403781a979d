package org.kring.system.api;

import java.util.List;

/**
 * One page of a list the API answers.
 *
 * @param <T> the items' type
 * @param items the items on this page
 * @param page this page's number, from 1
 * @param size how many items a page holds
 * @param totalItems how many items there are on all pages
 * @param totalPages how many pages there are, at least 1
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
}
