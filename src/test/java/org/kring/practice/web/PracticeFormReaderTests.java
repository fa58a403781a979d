package org.kring.practice.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kring.practice.internal.PracticeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the practice form and the list's filters that need no database: which
 * links are web addresses, and which filter values name something.
 */
class PracticeFormReaderTests {

	@Test
	void onlyHttpAndHttpsAddressesWithAHostAreLinks() {
		assertThat(PracticeFormReader.isWebAddress("https://example.org/report")).isTrue();
		assertThat(PracticeFormReader.isWebAddress("HTTP://example.org")).isTrue();
		assertThat(PracticeFormReader.isWebAddress("javascript:alert(1)")).isFalse();
		assertThat(PracticeFormReader.isWebAddress("JavaScript:alert(1)")).isFalse();
		assertThat(PracticeFormReader.isWebAddress("data:text/html,<script>")).isFalse();
		assertThat(PracticeFormReader.isWebAddress("ftp://example.org")).isFalse();
		assertThat(PracticeFormReader.isWebAddress("https:///no-host")).isFalse();
		assertThat(PracticeFormReader.isWebAddress("https://example.org/" + "a".repeat(2000))).isFalse();
		assertThat(PracticeFormReader.isWebAddress("")).isFalse();
	}

	@Test
	void filterValuesThatNameNothingAreProblemsAndALongTextIsCut() {
		PracticeSearch search = PracticeSearch.of(Map.of("country", "be", "year", "1850", "targetGroup", "WOMEN",
				"language", "xx", "field", "unknown", "q", "x".repeat(500)), (code) -> false);
		assertThat(search.problems()).containsOnlyKeys("year", "language", "field");
		assertThat(search.filter().country()).isEqualTo("BE");
		assertThat(search.cut()).isTrue();
		assertThat(search.q()).hasSize(PracticeSearch.MAX_TEXT);
	}

	@Test
	void noFiltersNarrowNothing() {
		PracticeSearch search = PracticeSearch.of(Map.of(), (code) -> true);
		assertThat(search.problems()).isEmpty();
		assertThat(search.filter()).isEqualTo(PracticeFilter.NONE);
		assertThat(search.pageLink(2)).isEqualTo("/practices?page=2");
	}

}
