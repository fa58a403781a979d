package org.kring.search.web;

import java.time.Instant;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.search.SearchHit;

import org.springframework.web.util.HtmlUtils;

/**
 * A thing found, as {@code /api/v1/search} gives it.
 *
 * @param type its kind, such as {@code practice}
 * @param id its id
 * @param title its title
 * @param url its page
 * @param snippet the passage that matched as HTML: the text escaped, matching words in
 * {@code <mark>}
 * @param date the date it is known by, or null
 */
record SearchHitJson(String type, String id, String title, String url, String snippet, @Nullable Instant date) {

	static SearchHitJson of(SearchHit hit, String baseUrl, String path) {
		String snippet = hit.snippet()
			.stream()
			.map((part) -> part.marked() ? "<mark>" + HtmlUtils.htmlEscape(part.text()) + "</mark>"
					: HtmlUtils.htmlEscape(part.text()))
			.collect(Collectors.joining());
		return new SearchHitJson(hit.type(), hit.id(), hit.title(), baseUrl + path, snippet, hit.date());
	}

}
