package org.kring.organisation.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.OrganisationSystemTests;
import org.kring.organisation.RelationKind;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisations' JSON API: public data only, pages of at most 100, the list's
 * filters, and problem details (RFC 9457) for every error.
 */
class OrganisationApiTests extends OrganisationSystemTests {

	private OrganisationSummary bridge;

	@BeforeEach
	void organisations() {
		this.bridge = this.fixtures.add("Api Bridge", OrganisationKind.NGO, "BE", "Antwerp", "education");
		OrganisationSummary harbour = this.fixtures.add("Api Harbour", OrganisationKind.EMPLOYER, "NL", null,
				"labour-market");
		this.fixtures.add("Api Clinic", OrganisationKind.SERVICE_PROVIDER, "BE", "Ghent", "health-care");
		this.fixtures.relate(this.bridge, harbour, RelationKind.REFERS_CLIENTS_TO, "job coaching");
		this.fixtures.affiliate(UUID.randomUUID(), this.bridge);
	}

	@Test
	void listsOrganisationsAsPagesWithTheirPublicDetails() throws Exception {
		this.mvc.perform(get("/api/v1/organisations").param("q", "api ").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].name").value("Api Bridge"))
			.andExpect(jsonPath("$.items[0].slug").value(this.bridge.slug()))
			.andExpect(jsonPath("$.items[0].kind").value("NGO"))
			.andExpect(jsonPath("$.items[0].country").value("BE"))
			.andExpect(jsonPath("$.items[0].countryName").value("Belgium"))
			.andExpect(jsonPath("$.items[0].region").value("Antwerp"))
			.andExpect(jsonPath("$.items[0].fields[0]").value("education"))
			.andExpect(jsonPath("$.items[0].url").value(this.bridge.path()))
			.andExpect(jsonPath("$.items[0].id").doesNotExist())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
		this.mvc.perform(get("/api/v1/organisations").param("q", "api ").param("size", "2").param("page", "2"))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].name").value("Api Harbour"));
	}

	@Test
	void filtersAsTheList() throws Exception {
		this.mvc.perform(
				get("/api/v1/organisations").param("q", "api ").param("country", "be").param("field", "health-care"))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].name").value("Api Clinic"));
	}

	@Test
	void showsOneOrganisationWithItsRelationsAndNeverItsPeople() throws Exception {
		this.mvc.perform(get("/api/v1/organisations/" + this.bridge.slug()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisation.name").value("Api Bridge"))
			.andExpect(jsonPath("$.relations[0].kind").value("REFERS_CLIENTS_TO"))
			.andExpect(jsonPath("$.relations[0].source").value(this.bridge.slug()))
			.andExpect(jsonPath("$.relations[0].note").value("job coaching"))
			.andExpect(content().string(not(containsString("person"))))
			.andExpect(content().string(not(containsString("people"))));
	}

	@Test
	void anUnknownSlugIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/organisations/no-such-organisation"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value(containsString("no-such-organisation")))
			.andExpect(jsonPath("$.instance").value("/api/v1/organisations/no-such-organisation"));
	}

	@Test
	void aPageOrSizeOutOfRangeOrNotANumberIsABadRequestProblem() throws Exception {
		for (String[] paging : new String[][] { { "page", "0" }, { "page", "-1" }, { "page", "two" }, { "size", "0" },
				{ "size", "101" }, { "size", "1e3" } }) {
			this.mvc.perform(get("/api/v1/organisations").param(paging[0], paging[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail").value(containsString(paging[0])));
		}
	}

	@Test
	void anUnknownFilterValueIsABadRequestProblem() throws Exception {
		this.mvc.perform(get("/api/v1/organisations").param("kind", "SECRET_SOCIETY"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("kind")));
		this.mvc.perform(get("/api/v1/organisations").param("country", "XX"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("country")));
	}

	@Test
	void problemsAreAnsweredWhateverTheClientAccepts() throws Exception {
		this.mvc.perform(get("/api/v1/organisations/nothing").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/v1/organisations/nothing").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAddressNoApiAnswersIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void theApiOnlyReads() throws Exception {
		this.mvc.perform(post("/api/v1/organisations")).andExpect(status().is4xxClientError());
	}

}
