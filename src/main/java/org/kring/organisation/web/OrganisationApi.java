package org.kring.organisation.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.internal.OrganisationDetail;
import org.kring.organisation.internal.OrganisationFilter;
import org.kring.organisation.internal.OrganisationPage;
import org.kring.organisation.internal.OrganisationQueries;
import org.kring.organisation.internal.OrganisationRow;
import org.kring.organisation.internal.RelationRow;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Organisations as JSON: public data only (never who belongs to them), with the same
 * filters as the list page.
 */
@ApiController
class OrganisationApi {

	private final OrganisationQueries queries;

	private final FieldVocabulary expertise;

	OrganisationApi(OrganisationQueries queries, FieldVocabulary expertise) {
		this.queries = queries;
		this.expertise = expertise;
	}

	@GetMapping("/api/v1/organisations")
	ApiPage<OrganisationJson> list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		ApiPaging paging = ApiPaging.of(page, size);
		OrganisationFilter filter = OrganisationFilter.of(kind, country, region, field, q, this.expertise);
		if (!filter.rejected().isEmpty()) {
			throw ApiProblem.badRequest("Unknown value of " + String.join(", ", filter.rejected()));
		}
		OrganisationPage found = this.queries.page(filter, paging.page(), paging.size());
		return paging.page(found.rows().stream().map(OrganisationJson::of).toList(), found.total());
	}

	@GetMapping("/api/v1/organisations/{slug}")
	OrganisationDetailJson one(@PathVariable String slug) {
		OrganisationDetail detail = this.queries.detail(slug, null)
			.orElseThrow(() -> ApiProblem.notFound("No organisation has the slug '" + slug + "'"));
		return new OrganisationDetailJson(OrganisationJson.of(detail.organisation()),
				detail.relations().stream().map(RelationJson::of).toList());
	}

	/**
	 * An organisation as the API shows it.
	 *
	 * @param slug its address part
	 * @param name its name
	 * @param kind its kind, such as {@code NGO}
	 * @param country its country, ISO 3166 alpha-2
	 * @param countryName its country's name in English
	 * @param region the region it works in, or null
	 * @param website its website, or null
	 * @param description its short description, or null
	 * @param fields the codes of its expertise fields
	 * @param url the address of its page
	 */
	record OrganisationJson(String slug, String name, String kind, String country, String countryName,
			@Nullable String region, @Nullable String website, @Nullable String description, List<String> fields,
			String url) {

		static OrganisationJson of(OrganisationRow row) {
			return new OrganisationJson(row.slug(), row.name(), row.kind().name(), row.country(),
					Locale.of("", row.country()).getDisplayCountry(Locale.ENGLISH), row.region(), row.website(),
					row.description(), row.fields(), row.path());
		}

	}

	/**
	 * One organisation with its relations.
	 *
	 * @param organisation the organisation
	 * @param relations its relations in both directions
	 */
	record OrganisationDetailJson(OrganisationJson organisation, List<RelationJson> relations) {
	}

	/**
	 * A relation, read from source to target.
	 *
	 * @param kind such as {@code FUNDS}
	 * @param source the slug of the organisation it reads from
	 * @param target the slug of the organisation it reads to
	 * @param note what it is about, or null
	 */
	record RelationJson(String kind, String source, String target, @Nullable String note) {

		static RelationJson of(RelationRow relation) {
			return new RelationJson(relation.kind().name(), relation.source().slug(), relation.target().slug(),
					relation.note());
		}

	}

}
