package org.kring.library.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.kring.library.internal.PublicationFilter;
import org.kring.library.internal.PublicationKind;
import org.kring.library.internal.PublicationListing;
import org.kring.library.internal.PublicationRow;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.web.QueryParameters;

/**
 * The library: one page of the publications the reader may read, filtered.
 *
 * @param listing this page
 * @param filter the filter
 * @param languages the languages to filter on
 * @param coordinator whether the reader adds publications
 */
public record PublicationsPage(PublicationListing listing, PublicationFilter filter,
		List<LanguageCodes.Named> languages, boolean coordinator) {

	public List<String> kinds() {
		return PublicationKind.filters();
	}

	public String kindKey(String filter) {
		return PublicationKind.MAGAZINE_ARTICLE.equals(filter) ? "library.kind.magazine_article"
				: PublicationKind.valueOf(filter).messageKey();
	}

	public String kindOf(PublicationRow row) {
		return row.kind().groupKey();
	}

	/**
	 * The address of another page of the same filter.
	 * @param page the page, from 1
	 * @return the path with its query
	 */
	public String pageLink(int page) {
		Map<String, String> params = new LinkedHashMap<>();
		put(params, "kind", this.filter.kind());
		put(params, "language", this.filter.language());
		put(params, "year", (this.filter.year() != null) ? this.filter.year().toString() : null);
		put(params, "q", this.filter.text());
		params.put("page", Integer.toString(page));
		return QueryParameters.link("/publications", params);
	}

	private static void put(Map<String, String> params, String name, @Nullable String value) {
		if (value != null) {
			params.put(name, value);
		}
	}

}
