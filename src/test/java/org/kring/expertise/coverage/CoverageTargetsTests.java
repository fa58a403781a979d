package org.kring.expertise.coverage;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A facilitator changes the community's targets and the shortfalls follow; a target that
 * is no whole number from 0 to 1000 comes back with 422, the message next to its field
 * and what was typed, and changes nothing.
 */
class CoverageTargetsTests extends CoverageTestSupport {

	@Test
	void newTargetsAreStoredAndChangeTheShortfalls() throws Exception {
		MockHttpServletResponse saved = post("2", "0");
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select experts_per_partner * 10000 + experts_per_field from expertise_coverage_target where community_id = ?",
				Integer.class, this.community.id()))
			.isEqualTo(20000);
		String html = page();
		assertThat(html).contains("Maison des Passerelles has 1 expert, target 2")
			.doesNotContain("Brückenwerk Leipzig has")
			.doesNotContain("has no expert on");
		assertThat(post("3", "1").getStatus()).isEqualTo(302);
		assertThat(page()).contains("Brückenwerk Leipzig has 2 experts, target 3");
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_coverage_target where community_id = ?",
				Integer.class, this.community.id()))
			.isOne();
	}

	@Test
	void aTargetOutOfRangeIsRefusedNextToItsFieldWithWhatWasTyped() throws Exception {
		MockHttpServletResponse refused = post("1001", "");
		assertThat(refused.getStatus()).isEqualTo(422);
		String html = refused.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains(
					"<span class=\"error\" id=\"expertsPerPartner-error\">Enter a whole number from 0 to 1000.</span>")
			.contains("<span class=\"error\" id=\"expertsPerField-error\">Enter a number of experts.</span>")
			.contains("value=\"1001\"")
			.contains("aria-invalid=\"true\"")
			.contains("Brückenwerk Leipzig has 2 experts, target 5");
		assertThat(post("-3", "x").getStatus()).isEqualTo(422);
		assertThat(post("=1+1", "1").getContentAsString(StandardCharsets.UTF_8)).contains("value=\"=1+1\"");
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_coverage_target where community_id = ?",
				Integer.class, this.community.id()))
			.isZero();
	}

	private MockHttpServletResponse post(String perPartner, String perField) throws Exception {
		return this.mvc
			.perform(this.communityFixtures.post("/experts/coverage/targets?community=" + this.community.slug())
				.param("expertsPerPartner", perPartner)
				.param("expertsPerField", perField)
				.header("Accept-Language", "en")
				.with(FACILITATOR.signedIn()))
			.andReturn()
			.getResponse();
	}

	private String page() throws Exception {
		return this.mvc.perform(get(path()).with(FACILITATOR.signedIn()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
