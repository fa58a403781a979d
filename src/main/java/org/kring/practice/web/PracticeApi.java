package org.kring.practice.web;

import java.util.UUID;

import org.kring.organisation.FieldVocabulary;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDesk;
import org.kring.practice.internal.PracticeListing;
import org.kring.practice.internal.PracticeNotFound;
import org.kring.practice.internal.PracticeQueries;
import org.kring.practice.internal.PracticeState;
import org.kring.system.KringProperties;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;
import org.kring.system.api.ApiQuery;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Published good practices as JSON at {@code /api/v1/practices}, newest first, filtered
 * by country, field and target group; one practice with its whole template at
 * {@code /api/v1/practices/{id}}, never its contact unless its submitter made it public.
 * Paging and problems (RFC 9457) as every API of Kring's.
 */
@ApiController
class PracticeApi {

	static final String PATH = "/api/v1/practices";

	private final PracticeQueries queries;

	private final PracticeDesk desk;

	private final FieldVocabulary fields;

	private final String baseUrl;

	PracticeApi(PracticeQueries queries, PracticeDesk desk, FieldVocabulary fields, KringProperties properties) {
		this.queries = queries;
		this.desk = desk;
		this.fields = fields;
		this.baseUrl = properties.linkBase();
	}

	@GetMapping(PATH)
	ApiPage<PracticeJson> list(@RequestParam MultiValueMap<String, String> parameters) {
		ApiQuery query = ApiQuery.of(parameters, "country", "field", "targetGroup");
		PracticeSearch search = PracticeSearch.of(query.filters(), this.fields::exists);
		ApiQuery.refuseUnknown(search.problems().keySet());
		ApiPaging paging = query.paging();
		PracticeListing listing = this.queries.published(search.filter(), paging.page(), paging.size());
		return paging.page(listing.rows().stream().map((row) -> PracticeJson.of(row, this.baseUrl)).toList(),
				listing.total());
	}

	@GetMapping(PATH + "/{id}")
	PracticeJson one(@PathVariable String id) {
		try {
			Practice practice = this.desk.readable(null, UUID.fromString(id));
			if (practice.state() != PracticeState.PUBLISHED) {
				throw new PracticeNotFound();
			}
			return PracticeJson.of(practice, this.baseUrl);
		}
		catch (PracticeNotFound | IllegalArgumentException ex) {
			throw ApiProblem.notFound("There is no published practice '" + id + "'");
		}
	}

}
