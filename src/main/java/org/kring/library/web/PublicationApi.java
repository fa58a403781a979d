package org.kring.library.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

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
import org.kring.system.api.ApiQuery;
import org.kring.system.i18n.LanguageCodes;

import org.springframework.util.MultiValueMap;
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
	ApiPage<PublicationJson> list(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, "kind", "language", "year")
			.require("kind", (kind) -> !PublicationKind.matching(kind).isEmpty(),
					"one of " + String.join(", ", PublicationKind.filters()))
			.require("language", (language) -> LanguageCodes.normalize(language) != null, "an ISO 639 code such as en")
			.requireNumber("year", 1900, 2200);
		ApiPaging paging = query.paging();
		PublicationFilter filter = PublicationFilter.of(query.filter("kind"), query.filter("language"),
				query.filter("year"), null, Integer.toString(paging.page()));
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
