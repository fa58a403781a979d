package org.kring.expertise.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.Qualifications;
import org.kring.expertise.internal.ExpertFilter;
import org.kring.expertise.internal.ExpertResults;
import org.kring.expertise.internal.ExpertRow;
import org.kring.expertise.internal.ExpertSearch;
import org.kring.expertise.internal.ProfileViewer;
import org.kring.system.api.ApiController;
import org.kring.system.api.ApiPage;
import org.kring.system.api.ApiPaging;
import org.kring.system.api.ApiProblem;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Experts as JSON: only the profiles their owners show to everyone, whoever asks, ranked
 * and filtered as the finder does ({@code field}, {@code qualification},
 * {@code language}, {@code country}, {@code availability}, {@code organisation}, each
 * repeatable). Names of fields are in English. Never an e-mail address.
 */
@ApiController
class ExpertApi {

	private final ExpertSearch search;

	private final ExpertiseFields fields;

	private final Qualifications qualifications;

	ExpertApi(ExpertSearch search, ExpertiseFields fields, Qualifications qualifications) {
		this.search = search;
		this.fields = fields;
		this.qualifications = qualifications;
	}

	@GetMapping("/api/v1/experts")
	ApiPage<ExpertJson> list(@RequestParam MultiValueMap<String, String> parameters) {
		ApiPaging paging = ApiPaging.of(parameters.getFirst("page"), parameters.getFirst("size"));
		ExpertFilter filter = ExpertFilter.read(parameters, this.fields, this.qualifications,
				this.search::existingOrganisations);
		for (String parameter : ExpertFilter.PARAMETERS) {
			List<String> unknown = filter.rejected().get(parameter);
			if (unknown != null) {
				throw ApiProblem.badParameter(parameter,
						"Unknown value of the parameter '" + parameter + "': " + String.join(", ", unknown));
			}
		}
		ExpertResults found = this.search.search(filter.criteria(), ProfileViewer.everyone(), paging.page(),
				paging.size(), Locale.ENGLISH);
		ExpertLabels labels = ExpertLabels.of(Locale.ENGLISH, this.fields, this.qualifications);
		return paging.page(found.experts().stream().map((row) -> ExpertJson.of(row, labels)).toList(), found.total());
	}

	/**
	 * An expert as the API shows them.
	 *
	 * @param id the person's id
	 * @param name their display name
	 * @param url the address of their profile page
	 * @param organisation where they work, or null
	 * @param fields their expertise fields with years, most years first
	 * @param languages the ISO 639 codes of the languages they speak
	 * @param countries the ISO 3166 alpha-2 codes of their countries of experience
	 * @param qualifications their qualification codes
	 * @param availability the kinds of work they are available for, such as
	 * {@code REVIEWER}
	 * @param criteriaMet how many of the requested filter values they meet
	 */
	record ExpertJson(UUID id, String name, String url, @Nullable OrganisationJson organisation, List<FieldJson> fields,
			List<String> languages, List<String> countries, List<String> qualifications, List<String> availability,
			int criteriaMet) {

		static ExpertJson of(ExpertRow row, ExpertLabels labels) {
			ExpertRow.Organisation organisation = row.organisation();
			return new ExpertJson(row.id(), row.name(), row.path(),
					(organisation != null) ? new OrganisationJson(organisation.id(), organisation.name()) : null,
					row.fields()
						.stream()
						.map((field) -> new FieldJson(field.code(), labels.field(field.code()), field.years()))
						.toList(),
					row.languages(), row.countries(), row.qualifications(),
					row.availability().stream().map(Availability::name).toList(), row.met());
		}

	}

	/**
	 * An organisation an expert works at.
	 *
	 * @param id its id
	 * @param name its name
	 */
	record OrganisationJson(UUID id, String name) {
	}

	/**
	 * An expertise field of an expert.
	 *
	 * @param code the field's code
	 * @param name its English name
	 * @param years the expert's years of experience in it
	 */
	record FieldJson(String code, String name, int years) {
	}

}
