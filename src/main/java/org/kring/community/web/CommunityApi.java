package org.kring.community.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.internal.CommunityFilter;
import org.kring.community.internal.CommunityNotFoundException;
import org.kring.community.internal.CommunityQueries;
import org.kring.community.internal.CommunityReader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public communities as JSON at {@code /api/v1/communities}: only communities that are
 * public and in use, whoever asks, and no people. Pages count from 1; a page holds
 * {@value #DEFAULT_SIZE} items unless {@code size} asks for another number up to
 * {@value #MAX_SIZE}. Errors are problem details (RFC 9457).
 */
@RestController
class CommunityApi {

	static final String PATH = "/api/v1/communities";

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	private final CommunityQueries queries;

	private final CommunityReader reader;

	CommunityApi(CommunityQueries queries, CommunityReader reader) {
		this.queries = queries;
		this.reader = reader;
	}

	@GetMapping(PATH)
	CommunityListJson list(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "size", defaultValue = "" + DEFAULT_SIZE) int size,
			@RequestParam(name = "kind", required = false) @Nullable String kind,
			@RequestParam(name = "country", required = false) @Nullable String country,
			@RequestParam(name = "theme", required = false) @Nullable String theme,
			@RequestParam(name = "language", required = false) @Nullable String language,
			@RequestParam(name = "q", required = false) @Nullable String text, Locale locale) {
		if (page < 1) {
			throw new CommunityApiProblems.BadParameter("page", "Pages count from 1");
		}
		if (size < 1) {
			throw new CommunityApiProblems.BadParameter("size", "A page holds at least one item");
		}
		CommunityKind chosen = CommunityListController.kind(kind);
		if (kind != null && !kind.isBlank() && chosen == null) {
			throw new CommunityApiProblems.BadParameter("kind", "Not a kind of community: " + kind);
		}
		CommunityFilter filter = new CommunityFilter(chosen, country, theme, language, text);
		return CommunityListJson.of(this.queries.list(filter, null, locale, page, Math.min(size, MAX_SIZE), true));
	}

	@GetMapping(PATH + "/{slug}")
	CommunityJson show(@PathVariable String slug) {
		return this.reader.publicCommunity(slug)
			.map(CommunityJson::of)
			.orElseThrow(() -> new CommunityNotFoundException(slug));
	}

}
