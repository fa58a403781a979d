package org.kring.expertise;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.system.TestPrincipal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What joins an expert's profile to the requests for their input: their own profile page
 * lists what waits for them, and the profile others read offers a way to ask only to
 * those who may ask.
 */
class ExpertOwnPageTests extends ExpertRequestTestSupport {

	@Test
	void theOwnProfilePageListsTheRequestsWaitingForTheExpertUntilTheyAnswer() throws Exception {
		TestPrincipal facilitator = member("Claire");
		community(facilitator);
		TestPrincipal hanne = expert("Hanne", "EVERYONE", Locale.ENGLISH);
		get("/experts/profile", hanne).andExpect(status().isOk())
			.andExpect(content().string(containsString("No request is waiting for your input.")));

		UUID id = ask(facilitator, List.of(hanne));
		get("/experts/profile", hanne).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/experts/requests/" + id + "\"")))
			.andExpect(content().string(not(containsString("No request is waiting for your input."))));

		post("/experts/requests/" + id + "/decline", hanne).andExpect(status().is3xxRedirection());
		get("/experts/profile", hanne).andExpect(status().isOk())
			.andExpect(content().string(containsString("No request is waiting for your input.")))
			.andExpect(content().string(not(containsString("href=\"/experts/requests/" + id + "\""))));
	}

	@Test
	void onlyThoseWhoMayAskSeeTheWayToAskAnExpertForInput() throws Exception {
		TestPrincipal facilitator = member("Claire");
		TestPrincipal member = member("Kestrel");
		community(facilitator, member);
		TestPrincipal hanne = expert("Hanne", "EVERYONE", Locale.ENGLISH);
		String ask = "/experts/requests/new?expert=" + hanne.id();
		get("/experts/" + hanne.id(), facilitator).andExpect(status().isOk())
			.andExpect(content().string(containsString(ask)));
		get("/experts/" + hanne.id(), coordinator("Jonas")).andExpect(status().isOk())
			.andExpect(content().string(containsString(ask)));
		get("/experts/" + hanne.id(), member).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(ask))));
		get("/experts/" + hanne.id(), null).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(ask))));
		get("/experts/" + hanne.id(), hanne).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(ask))));
	}

}
