package org.kring.search.web;

import java.util.Map;

/**
 * The search index's page for administrators.
 *
 * @param counts how many things of each kind the index holds
 * @param rebuilding whether a rebuild is running
 */
public record SearchAdminPage(Map<String, Long> counts, boolean rebuilding) {

	/**
	 * The message key naming a kind of thing.
	 * @param type such as {@code practice}
	 * @return such as {@code search.type.practice}
	 */
	public String typeKey(String type) {
		return "search.type." + type;
	}

}
