package org.kring.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The health check answers load balancers; nothing else of the actuator is public.
 */
@SystemTest
class ActuatorTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUpWithTheDatabase() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details").doesNotExist())
			.andExpect(jsonPath("$.components.mail").doesNotExist());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
			"/actuator/metrics", "/actuator/mappings", "/actuator/loggers", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/sessions", "/actuator/info", "/actuator/health/../env" })
	void otherEndpointsAreNotPublic(String path) throws Exception {
		int status = this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
		assertThat(status).isIn(400, 403, 404);
	}

}
