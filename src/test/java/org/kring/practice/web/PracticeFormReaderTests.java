package org.kring.practice.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.PracticeFilter;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the practice form and the list's filters that need no database: which
 * links are web addresses, which filter values name something, and that each long part
 * reads the text sent under its own name.
 */
class PracticeFormReaderTests {

	@Test
	void eachLongPartReadsItsOwnTextFromTheFormAndTheDescription() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		for (PracticePart part : PracticePart.values()) {
			request.addParameter(part.formName(), "Text of " + part.formName());
		}
		PracticeForm form = PracticeForm.typed(request);
		PracticeDescription description = new PracticeDescription("Welcome desk", null, null, null, Set.of(), Set.of(),
				null, null, null, true, form.context(), form.objectives(), form.activities(), form.results(),
				form.evidence(), form.resources(), form.transfer(), null, null, ContactVisibility.NOBODY, "en",
				Set.of(), List.of());
		for (PracticePart part : PracticePart.values()) {
			assertThat(form.text(part)).isEqualTo("Text of " + part.formName());
			assertThat(part.of(description)).isEqualTo("Text of " + part.formName());
			assertThat(part.labelKey()).isEqualTo("practice.field." + part.formName());
		}
		assertThat(PracticePart.values()).filteredOn(PracticePart::required).containsExactly(PracticePart.ACTIVITIES);
	}

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
