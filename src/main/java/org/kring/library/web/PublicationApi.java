package org.kring.library.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.library.internal.Library;
import org.kring.library.internal.LibraryAccess;
import org.kring.library.internal.LibraryQueries;
import org.kring.library.internal.Publication;
import org.kring.library.internal.PublicationFilter;
import org.kring.library.internal.PublicationKind;
import org.kring.library.internal.PublicationListing;
import org.kring.system.KringProperties;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;
import org.kring.system.i18n.LanguageCodes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Publications as JSON at {@code /api/v1/publications}: those a visitor reads (none of a
 * members-only community), the newest first, in their original language; filters by kind,
 * language and year; paging and errors as every API of Kring's. One publication comes
 * with its versions, translations and links to its files.
 */
@ApiController
class PublicationApi {

	static final String PATH = "/api/v1/publications";

	private final LibraryQueries queries;

	private final Library library;

	private final LibraryAccess access;

	private final String baseUrl;

	PublicationApi(LibraryQueries queries, Library library, LibraryAccess access, KringProperties properties) {
		this.queries = queries;
		this.library = library;
		this.access = access;
		this.baseUrl = properties.linkBase();
	}

	@GetMapping(PATH)
	ApiPage<PublicationJson> list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		ApiPaging paging = ApiPaging.of(page, size);
		if (kind != null && PublicationKind.matching(kind).isEmpty()) {
			throw ApiProblem.badParameter("kind",
					"The parameter 'kind' must be one of " + String.join(", ", PublicationKind.filters()));
		}
		if (language != null && LanguageCodes.normalize(language) == null) {
			throw ApiProblem.badParameter("language", "The parameter 'language' must be an ISO 639 code such as en");
		}
		PublicationFilter filter = PublicationFilter.of(kind, language, year, null, Integer.toString(paging.page()));
		if (year != null && (filter.year() == null || filter.year() < 1900 || filter.year() > 2200)) {
			throw ApiProblem.badParameter("year", "The parameter 'year' must be a whole number from 1900 to 2200");
		}
		Set<UUID> communities = this.access.readableCommunities(null);
		PublicationListing listing = this.queries.list(filter, communities, Locale.ROOT, paging.size());
		return paging.page(listing.rows().stream().map((row) -> PublicationJson.of(row, this.baseUrl)).toList(),
				listing.total());
	}

	@GetMapping(PATH + "/{id}")
	PublicationJson one(@PathVariable String id) {
		UUID publicationId;
		try {
			publicationId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound("There is no publication '" + id + "'");
		}
		Publication publication = this.library.find(publicationId)
			.filter((found) -> this.access.canRead(null, found))
			.orElseThrow(() -> ApiProblem.notFound("There is no publication '" + id + "'"));
		return PublicationJson.of(publication, this.queries.versions(publication.id()),
				this.queries.translations(publication.id()), this.baseUrl);
	}

}
