package org.kring.expertise.coverage;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;
import org.kring.system.TestPrincipal;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who sees a community's coverage and who sets its targets: its members see the counts,
 * those who may nominate for it (facilitators, coordinators who belong to it,
 * administrators) also set the targets; a visitor is sent to log in; anyone else gets
 * 404, as for a community that does not exist, even when the community itself is public,
 * and a secret community never shows.
 */
class CoverageAuthorizationTests extends CoverageTestSupport {

	static Stream<Arguments> viewers() {
		return Stream.of(Arguments.of("visitor", null), Arguments.of("outsider", OUTSIDER),
				Arguments.of("coordinator elsewhere", COORDINATOR_ELSEWHERE), Arguments.of("member", MEMBER),
				Arguments.of("expert", EXPERT), Arguments.of("coordinator member", COORDINATOR_MEMBER),
				Arguments.of("facilitator", FACILITATOR), Arguments.of("administrator", ADMINISTRATOR));
	}

	/**
	 * Page, CSV and targets post, by viewer: status, and "+" when the targets form shows.
	 */
	private static final Map<String, String> OUTCOMES = Map.of("visitor", "302 302 302", "outsider", "404 404 404",
			"coordinator elsewhere", "404 404 404", "member", "200- 200 403", "expert", "200- 200 403",
			"coordinator member", "200+ 200 302", "facilitator", "200+ 200 302", "administrator", "200+ 200 302");

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void eachPersonSeesTheCoverageAndSetsTargetsAsAllowed(String who, @Nullable TestPrincipal person) throws Exception {
		for (Visibility visibility : Visibility.values()) {
			Community checked = (visibility == Visibility.MEMBERS_ONLY) ? this.community : partnered(visibility);
			String[] expected = OUTCOMES.get(who).split(" ");
			MockHttpServletResponse page = perform(get("/experts/coverage?community=" + checked.slug()), person);
			assertThat(page.getStatus()).as(who + " on the page of " + visibility)
				.isEqualTo(Integer.parseInt(expected[0].substring(0, 3)));
			if (page.getStatus() == 200) {
				assertThat(page.getContentAsString(StandardCharsets.UTF_8).contains("/experts/coverage/targets"))
					.as(who + " sees the targets form")
					.isEqualTo(expected[0].endsWith("+"));
			}
			else if (page.getStatus() == 302) {
				assertThat(page.getRedirectedUrl()).endsWith("/login");
			}
			assertThat(perform(get("/experts/coverage.csv?community=" + checked.slug()), person).getStatus())
				.as(who + " on the CSV of " + visibility)
				.isEqualTo(Integer.parseInt(expected[1]));
			MockHttpServletResponse posted = perform(
					this.communityFixtures.post("/experts/coverage/targets?community=" + checked.slug())
						.param("expertsPerPartner", "3")
						.param("expertsPerField", "1"),
					person);
			assertThat(posted.getStatus()).as(who + " setting targets of " + visibility)
				.isEqualTo(Integer.parseInt(expected[2]));
			if (posted.getStatus() == 302 && person != null) {
				assertThat(posted.getRedirectedUrl()).isEqualTo("/experts/coverage?community=" + checked.slug());
			}
		}
	}

	@Test
	void aSecretCommunityLooksToOutsidersExactlyLikeOneThatDoesNotExist() throws Exception {
		Community secret = partnered(Visibility.SECRET);
		for (TestPrincipal outsider : new TestPrincipal[] { OUTSIDER, COORDINATOR_ELSEWHERE }) {
			MockHttpServletResponse hidden = perform(get("/experts/coverage?community=" + secret.slug()), outsider);
			MockHttpServletResponse unknown = perform(get("/experts/coverage?community=no-such-community"), outsider);
			assertThat(hidden.getStatus()).isEqualTo(404).isEqualTo(unknown.getStatus());
			assertThat(hidden.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(secret.slug());
		}
	}

	@Test
	void theChoiceOfCommunitiesAsksAVisitorToLogIn() throws Exception {
		MockHttpServletResponse response = perform(get("/experts/coverage"), null);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}

	private Community partnered(Visibility visibility) {
		Community made = community(visibility);
		made.partnerWith(java.util.Set.of(this.bridge.id()));
		this.communityFixtures.save(made);
		this.nominations.remember(made.id());
		return made;
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, @Nullable TestPrincipal person)
			throws Exception {
		if (person != null) {
			request.with(person.signedIn());
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
