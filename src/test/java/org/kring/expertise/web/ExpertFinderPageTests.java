package org.kring.expertise.web;

import org.junit.jupiter.api.Test;
import org.kring.expertise.ExpertSystemTests;
import org.kring.system.TestPrincipal;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The finder page for each kind of reader: only the profiles they may see, the nomination
 * form only for those who may nominate, and unknown filter values named next to their
 * filter with the other filters kept.
 */
class ExpertFinderPageTests extends ExpertSystemTests {

	@Test
	void aVisitorFindsPublicProfilesLinkedToTheirPagesAndNoNominationForm() throws Exception {
		find(get("/experts")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/experts/" + this.alba.id() + "\"")))
			.andExpect(content().string(containsString("Alba Finder")))
			.andExpect(content().string(not(containsString("Bram Finder"))))
			.andExpect(content().string(not(containsString("Cas Finder"))))
			.andExpect(content().string(not(containsString("/experts/nominations"))))
			.andExpect(content().string(not(containsString("href=\"/experts/profile\""))));
	}

	@Test
	void aMemberSharingACommunityFindsTheOwnersProfileForCommunities() throws Exception {
		find(get("/experts").with(this.fenna.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bram Finder")))
			.andExpect(content().string(not(containsString("Cas Finder"))))
			.andExpect(content().string(containsString("href=\"/experts/profile\"")));
		find(get("/experts").with(this.gus.signedIn())).andExpect(content().string(not(containsString("Bram Finder"))));
	}

	@Test
	void coordinatorsAndAdministratorsFindEveryProfile() throws Exception {
		for (TestPrincipal reader : new TestPrincipal[] { this.coordinator, this.administrator }) {
			find(get("/experts").with(reader.signedIn())).andExpect(status().isOk())
				.andExpect(content().string(containsString("Bram Finder")))
				.andExpect(content().string(containsString("Cas Finder")))
				// they nominate only for the communities they belong to: none here
				.andExpect(content().string(not(containsString("/experts/nominations"))));
		}
	}

	@Test
	void aResultSaysHowManyCriteriaItMeetsAndNamesEverythingInTheReadersLanguage() throws Exception {
		find(get("/experts").param("field", "health-care")
			.param("language", "nl")
			.param("country", "BE")
			.param("availability", "REVIEWER")
			.header("Accept-Language", "nl")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Voldoet aan 4 van 4 criteria")))
			.andExpect(content().string(containsString("Engels, Nederlands")))
			.andExpect(content().string(containsString("België")))
			.andExpect(content().string(containsString("Beoordelaar van praktijken en documenten")))
			.andExpect(content().string(not(containsString("Dora Finder"))));
	}

	@Test
	void aFacilitatorGetsANominationFormPerResultWithTheFilteredFieldsTicked() throws Exception {
		String page = find(
				get("/experts").param("field", "education").param("language", "nl").with(this.bram.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String alba = page.substring(page.indexOf("nominate-" + this.alba.id()));
		alba = alba.substring(0, alba.indexOf("</form>"));
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("action=\"/experts/nominations\"")
			.contains("<option value=\"" + this.community.slug() + "\"");
		org.assertj.core.api.Assertions.assertThat(alba)
			.contains("name=\"field\" value=\"education\" checked")
			.doesNotContain("value=\"health-care\" checked");
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("name=\"person\" value=\"" + this.alba.id() + "\"")
			.contains("name=\"back\" value=\"/experts?field=education&amp;language=nl\"");
		org.assertj.core.api.Assertions.assertThat(page).contains("href=\"/experts/coverage\"");
	}

	@Test
	void unknownCodesAreNamedNextToTheirFilterAndTheOtherFiltersKept() throws Exception {
		find(get("/experts").param("field", "knitting")
			.param("language", "nl")
			.param("language", "xx")
			.param("country", "ZZ")
			.param("qualification", "nope")
			.param("availability", "JUGGLER")
			.param("organisation", "not-an-id")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filter-field-error\">No field has the code knitting")))
			.andExpect(content().string(containsString("id=\"filter-language-error\">No language has the code xx")))
			.andExpect(content().string(containsString("id=\"filter-country-error\">No country has the code ZZ")))
			.andExpect(content().string(containsString("id=\"filter-qualification-error\">")))
			.andExpect(content().string(containsString("id=\"filter-availability-error\">")))
			.andExpect(content().string(containsString("id=\"filter-organisation-error\">")))
			.andExpect(content().string(containsString("<option value=\"nl\" selected>")))
			.andExpect(content().string(containsString("Meets 1 of 1 criteria")))
			.andExpect(content().string(containsString("Eli Finder")));
	}

	@Test
	void nothingFoundSaysSo() throws Exception {
		find(get("/experts").param("language", "tlh")).andExpect(status().isOk())
			.andExpect(content().string(containsString("No expert you may see meets any of these choices")));
	}

	@Test
	void aPageNumberOfTheWrongShapeShowsTheFirstPage() throws Exception {
		find(get("/experts").param("page", "two")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Alba Finder")));
	}

	private ResultActions find(MockHttpServletRequestBuilder request) throws Exception {
		if (request.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getHeader("Accept-Language") == null) {
			request.header("Accept-Language", "en");
		}
		return this.mvc.perform(request);
	}

}
