package org.kring.system.web;

import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Filters typed into a list's search box reach the database cleaned: PostgreSQL refuses a
 * NUL character outright, which must not turn a search into a server error.
 */
@SystemTest
class RequestParameterCleaningTests {

	private static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Test
	void aNulCharacterInAFilterIsDroppedBeforeTheQuery() throws Exception {
		for (String path : new String[] { "/communities", "/api/v1/communities", "/organisations", "/organisations.csv",
				"/api/v1/organisations", "/stakeholder-map" }) {
			this.mvc.perform(get(path).param("q", "wo" + NUL + "men").param("theme", NUL).param("region", NUL))
				.andExpect(status().isOk());
		}
	}

	@Test
	void aTextFilterIsShownAgainWithoutTheControlCharacters() throws Exception {
		String page = this.mvc.perform(get("/communities").param("q", "wo" + NUL + "men\u0007"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"women\"");
	}

}
