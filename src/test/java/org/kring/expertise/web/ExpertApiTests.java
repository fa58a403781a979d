package org.kring.expertise.web;

import org.junit.jupiter.api.Test;
import org.kring.expertise.ExpertSystemTests;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The experts' JSON API: only profiles shown to everyone whoever asks, the finder's
 * filters and ranking, pages, and a problem naming the parameter of an unknown code.
 */
class ExpertApiTests extends ExpertSystemTests {

	@Test
	void listsPublicExpertsRankedWithTheirDocumentedFields() throws Exception {
		this.mvc.perform(get("/api/v1/experts").param("organisation", this.organisation.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(this.alba.id().toString()))
			.andExpect(jsonPath("$.items[0].name").value("Alba Finder"))
			.andExpect(jsonPath("$.items[0].url").value("/experts/" + this.alba.id()))
			.andExpect(jsonPath("$.items[0].organisation.id").value(this.organisation.id().toString()))
			.andExpect(jsonPath("$.items[0].organisation.name").value("Finder House"))
			.andExpect(jsonPath("$.items[0].fields[0].code").value("health-care"))
			.andExpect(jsonPath("$.items[0].fields[0].years").value(10))
			.andExpect(jsonPath("$.items[0].fields[0].name").isString())
			.andExpect(jsonPath("$.items[0].languages[0]").value("en"))
			.andExpect(jsonPath("$.items[0].countries[0]").value("BE"))
			.andExpect(jsonPath("$.items[0].qualifications[0]").value("english"))
			.andExpect(jsonPath("$.items[0].availability[0]").value("REVIEWER"))
			.andExpect(jsonPath("$.items[0].criteriaMet").value(1))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(content().string(not(containsString("@"))));
	}

	@Test
	void neverShowsAProfileNotForEveryoneEvenToItsOwnerOrAnAdministrator() throws Exception {
		for (var reader : new org.kring.system.TestPrincipal[] { this.bram, this.cas, this.administrator }) {
			this.mvc.perform(
					get("/api/v1/experts").param("field", "health-care").param("size", "100").with(reader.signedIn()))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(this.bram.id().toString()))))
				.andExpect(content().string(not(containsString(this.cas.id().toString()))))
				.andExpect(jsonPath("$.items[*].name", hasItem("Alba Finder")));
		}
	}

	@Test
	void filtersByFieldLanguageAndCountryAndPages() throws Exception {
		this.mvc
			.perform(get("/api/v1/experts").param("field", "health-care")
				.param("language", "nl")
				.param("country", "be")
				.param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].name").value("Alba Finder"))
			.andExpect(jsonPath("$.items[0].criteriaMet").value(3))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1));
		this.mvc
			.perform(get("/api/v1/experts").param("field", "health-care")
				.param("language", "nl")
				.param("country", "be")
				.param("size", "1")
				.param("page", "2"))
			.andExpect(jsonPath("$.items[0].name").value("Eli Finder"))
			.andExpect(jsonPath("$.items[0].criteriaMet").value(2));
	}

	@Test
	void anUnknownCodeIsABadRequestNamingItsParameter() throws Exception {
		String[][] unknown = { { "field", "knitting" }, { "language", "xx" }, { "country", "ZZ" },
				{ "qualification", "nope" }, { "availability", "JUGGLER" }, { "organisation", "not-an-id" } };
		for (String[] parameter : unknown) {
			this.mvc.perform(get("/api/v1/experts").param(parameter[0], parameter[1]).param("field", "education"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.parameter").value(parameter[0]))
				.andExpect(jsonPath("$.detail").value(containsString(parameter[1])));
		}
	}

	@Test
	void aPageOutOfRangeIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/v1/experts").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
	}

	@Test
	void theApiOnlyReads() throws Exception {
		this.mvc.perform(post("/api/v1/experts")).andExpect(status().is4xxClientError());
	}

}
