package org.kring.system.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a list of the API reads its page and filters: as sent, a repeated filter joined as
 * Spring joins a single parameter, and a refused value answered with its name and rule.
 */
class ApiQueryTests {

	@Test
	void onlyTheNamedFiltersAreKeptAsSentInTheirOrderAndARepeatedOneIsJoined() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.add("year", "");
		parameters.add("kind", "REPORT");
		parameters.add("kind", "TOOLKIT");
		parameters.add("other", "x");
		parameters.add("size", "5");
		ApiQuery query = ApiQuery.of(parameters, "kind", "language", "year");
		assertThat(query.filters()).containsExactly(java.util.Map.entry("kind", "REPORT,TOOLKIT"),
				java.util.Map.entry("year", ""));
		assertThat(query.filter("language")).isNull();
		assertThat(query.paging()).isEqualTo(new ApiPaging(1, 5));
	}

	@Test
	void aPageOutOfRangeIsRefusedBeforeAnyFilter() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.add("page", "0");
		assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> ApiQuery.of(parameters))
			.satisfies((problem) -> assertThat(problem.parameter()).isEqualTo("page"))
			.withMessage("The parameter 'page' must be a whole number from 1 to " + ApiPaging.MAX_PAGE);
	}

	@Test
	void aFilterSentWithAValueTheListDoesNotTakeIsRefusedWithItsRule() {
		ApiQuery query = query("language", "zz");
		assertThat(query.require("kind", (value) -> false, "never")).isSameAs(query);
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> query.require("language", "en"::equals, "an ISO 639 code such as en"))
			.satisfies((problem) -> assertThat(problem.parameter()).isEqualTo("language"))
			.withMessage("The parameter 'language' must be an ISO 639 code such as en");
	}

	@Test
	void aNumberFilterTakesOnlyAWholeNumberInRange() {
		assertThat(query("year", " 2025 ").requireNumber("year", 1900, 2200).filter("year")).isEqualTo(" 2025 ");
		for (String bad : List.of("soon", "", "1899", "2201", "20.5")) {
			assertThatExceptionOfType(ApiProblem.class)
				.isThrownBy(() -> query("year", bad).requireNumber("year", 1900, 2200))
				.withMessage("The parameter 'year' must be a whole number from 1900 to 2200");
		}
	}

	@Test
	void theFirstFilterThatNamesNothingIsRefused() {
		ApiQuery.refuseUnknown(List.of());
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> ApiQuery.refuseUnknown(List.of("country", "targetGroup")))
			.satisfies((problem) -> assertThat(problem.parameter()).isEqualTo("country"))
			.withMessage("The parameter 'country' names no country");
	}

	private static ApiQuery query(String name, String value) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.add(name, value);
		return ApiQuery.of(parameters, name);
	}

}
