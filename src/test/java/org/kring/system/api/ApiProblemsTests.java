package org.kring.system.api;

import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's client errors keep their status as problem details; only our own failures are
 * a 500.
 */
@SystemTest
class ApiProblemsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFormatTheApiDoesNotSpeakIsNotAcceptableRatherThanAServerError() throws Exception {
		for (String path : new String[] { "/api/v1/communities", "/api/v1/organisations" }) {
			this.mvc.perform(get(path).accept(MediaType.APPLICATION_XML))
				.andExpect(status().isNotAcceptable())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(406));
		}
	}

	@Test
	void anAddressNoModuleAnswersIsAProblemNotAPage() throws Exception {
		this.mvc.perform(get("/api/v1/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
