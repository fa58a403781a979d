package org.kring.community.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.community.CommunityFixtures;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API gives public communities only, whoever asks, page by page, and answers
 * every error with a problem detail.
 */
@SystemTest
class CommunityApiTests {

	static final TestPrincipal FACILITATOR = TestPrincipal.member("Fatima");

	@Autowired
	MockMvc mvc;

	@Autowired
	Communities communities;

	@Autowired
	Memberships memberships;

	private CommunityFixtures fixtures;

	private final String prefix = CommunityFixtures.slug("api");

	@BeforeEach
	void communities() {
		this.fixtures = new CommunityFixtures(this.communities, this.memberships, this.mvc);
		for (int i = 1; i <= 3; i++) {
			this.fixtures.found(TestCommunities.description(this.prefix + "-public-" + i, Visibility.PUBLIC),
					FACILITATOR);
		}
		this.fixtures.found(TestCommunities.description(this.prefix + "-members", Visibility.MEMBERS_ONLY),
				FACILITATOR);
		this.fixtures.found(TestCommunities.description(this.prefix + "-secret", Visibility.SECRET), FACILITATOR);
	}

	@AfterEach
	void deleteCommunities() {
		this.fixtures.deleteAll();
	}

	@Test
	void theListGivesPublicCommunitiesPageByPage() throws Exception {
		this.mvc.perform(get("/api/v1/communities").param("q", this.prefix).param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].slug").value(this.prefix + "-public-3"))
			.andExpect(jsonPath("$.items[0].href").value("/api/v1/communities/" + this.prefix + "-public-3"))
			.andExpect(jsonPath("$.items[0].kind").value("LEARNING_NETWORK"))
			.andExpect(jsonPath("$.items[0].joinPolicy").value("ON_APPROVAL"))
			.andExpect(jsonPath("$.items[0].domain").value("Mensen zonder wettig verblijf"))
			.andExpect(jsonPath("$.items[0].memberCount").value(1))
			.andExpect(jsonPath("$.items[0].themes", hasItem("housing")))
			.andExpect(jsonPath("$.items[0].places[0].country").value("BE"));
	}

	@Test
	void aMembersOnlyOrSecretCommunityNeverShowsInTheList() throws Exception {
		for (TestPrincipal asker : new TestPrincipal[] { null, FACILITATOR, TestPrincipal.administrator("Mirte") }) {
			this.mvc.perform(CommunityAuthorizationTests.as(get("/api/v1/communities").param("q", this.prefix), asker))
				.andExpect(jsonPath("$.totalItems").value(3))
				.andExpect(jsonPath("$.items[*].slug", everyItem(startsWith(this.prefix + "-public-"))));
		}
		this.mvc.perform(get("/api/v1/communities").param("theme", "housing").param("size", "100"))
			.andExpect(jsonPath("$.items[*].slug", not(hasItem(this.prefix + "-secret"))));
	}

	@Test
	void aPageHoldsAtMostAHundred() throws Exception {
		this.mvc.perform(get("/api/v1/communities").param("size", "100")).andExpect(jsonPath("$.size").value(100));
		this.mvc.perform(get("/api/v1/communities").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		this.mvc
			.perform(get("/api/v1/communities").param("q", this.prefix)
				.param("country", "nl")
				.param("kind", "LEARNING_NETWORK")
				.param("language", "FR"))
			.andExpect(jsonPath("$.totalItems").value(3));
		this.mvc.perform(get("/api/v1/communities").param("q", this.prefix).param("country", "DE"))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aPublicCommunityIsGivenWithItsTranslations() throws Exception {
		this.mvc.perform(get("/api/v1/communities/" + this.prefix + "-public-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value(this.prefix + "-public-1"))
			.andExpect(jsonPath("$.originalLanguage").value("nl"))
			.andExpect(jsonPath("$.practice").value("Tweemaandelijkse maaksessies"))
			.andExpect(jsonPath("$.translations.en.name").value("Learning network " + this.prefix + "-public-1"))
			.andExpect(jsonPath("$.languages[0]").value("fr"))
			.andExpect(jsonPath("$.partnerOrganisations").isArray())
			.andExpect(jsonPath("$.memberCount").value(1));
	}

	@Test
	void aSecretMembersOnlyOrUnknownCommunityIsNotFound() throws Exception {
		for (String slug : new String[] { this.prefix + "-secret", this.prefix + "-members", "nobody-knows" }) {
			this.mvc.perform(CommunityAuthorizationTests.as(get("/api/v1/communities/" + slug), FACILITATOR))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.detail").value(containsString(slug)));
		}
	}

	@Test
	void badParametersAreProblems() throws Exception {
		for (String[] parameter : new String[][] { { "page", "0" }, { "page", "two" }, { "size", "0" },
				{ "kind", "BOOK_CLUB" } }) {
			this.mvc.perform(get("/api/v1/communities").param(parameter[0], parameter[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.parameter").value(parameter[0]));
		}
	}

}
