package org.kring.community.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every community page and action against every kind of person: a visitor, a member, an
 * expert and the facilitator of the community, the facilitator of another community, a
 * coordinator and an administrator; on a public, a members-only and a secret community.
 */
@SystemTest
class CommunityAuthorizationTests {

	static final TestPrincipal FACILITATOR = TestPrincipal.member("Fatima");

	static final TestPrincipal MEMBER = TestPrincipal.member("Milan");

	static final TestPrincipal EXPERT = TestPrincipal.member("Esther");

	static final TestPrincipal OTHER_FACILITATOR = TestPrincipal.member("Oskar");

	static final TestPrincipal COORDINATOR = TestPrincipal.coordinator("Jonas");

	static final TestPrincipal ADMINISTRATOR = TestPrincipal.administrator("Mirte");

	static final int OK = 200;

	static final int LOGIN = 302;

	static final int FORBIDDEN = 403;

	static final int NOT_FOUND = 404;

	@Autowired
	MockMvc mvc;

	@Autowired
	Communities communities;

	@Autowired
	Memberships memberships;

	private CommunityFixtures fixtures;

	private final Map<Visibility, String> slugs = new java.util.EnumMap<>(Visibility.class);

	@BeforeEach
	void communities() {
		this.fixtures = new CommunityFixtures(this.communities, this.memberships, this.mvc);
		for (Visibility visibility : Visibility.values()) {
			String slug = CommunityFixtures.slug(visibility.name().toLowerCase().replace('_', '-'));
			Community community = this.fixtures.found(TestCommunities.description(slug, visibility), FACILITATOR);
			this.fixtures.admit(community, MEMBER, CommunityRole.MEMBER);
			this.fixtures.admit(community, EXPERT, CommunityRole.EXPERT);
			this.slugs.put(visibility, slug);
		}
		this.fixtures.found(TestCommunities.description(CommunityFixtures.slug("elsewhere"), Visibility.PUBLIC),
				OTHER_FACILITATOR);
	}

	@AfterEach
	void deleteCommunities() {
		this.fixtures.deleteAll();
	}

	static Stream<Arguments> viewers() {
		return Stream.of(Arguments.of("visitor", null), Arguments.of("member", MEMBER), Arguments.of("expert", EXPERT),
				Arguments.of("facilitator", FACILITATOR), Arguments.of("facilitator elsewhere", OTHER_FACILITATOR),
				Arguments.of("coordinator", COORDINATOR), Arguments.of("administrator", ADMINISTRATOR));
	}

	/** Status of the page, and whether the domain statement shows, per visibility. */
	private static final Map<String, String> PAGE = Map.of("visitor", "200+ 200- 404", "member", "200+ 200+ 200+",
			"expert", "200+ 200+ 200+", "facilitator", "200+ 200+ 200+", "facilitator elsewhere", "200+ 200- 404",
			"coordinator", "200+ 200- 404", "administrator", "200+ 200+ 200+");

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void theCommunityPageShowsEachPersonWhatTheyMaySee(String who, TestPrincipal person) throws Exception {
		String[] expected = PAGE.get(who).split(" ");
		for (Visibility visibility : Visibility.values()) {
			String outcome = expected[visibility.ordinal()];
			ResultActions result = this.mvc.perform(as(get("/communities/" + this.slugs.get(visibility)), person));
			int status = result.andReturn().getResponse().getStatus();
			assertThat(status).as(who + " on " + visibility).isEqualTo(Integer.parseInt(outcome.substring(0, 3)));
			if (status == OK) {
				String body = result.andReturn().getResponse().getContentAsString();
				assertThat(body.contains("Mensen zonder wettig verblijf")).as(who + " reads " + visibility)
					.isEqualTo(outcome.endsWith("+"));
				assertThat(body).contains("Leernetwerk " + this.slugs.get(visibility));
			}
		}
	}

	/** Status of the edit form per visibility. */
	private static final Map<String, int[]> EDIT = Map.of("visitor", new int[] { LOGIN, LOGIN, LOGIN }, "member",
			new int[] { FORBIDDEN, FORBIDDEN, FORBIDDEN }, "expert", new int[] { FORBIDDEN, FORBIDDEN, FORBIDDEN },
			"facilitator", new int[] { OK, OK, OK }, "facilitator elsewhere",
			new int[] { FORBIDDEN, FORBIDDEN, NOT_FOUND }, "coordinator", new int[] { FORBIDDEN, FORBIDDEN, NOT_FOUND },
			"administrator", new int[] { OK, OK, OK });

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void onlyFacilitatorsAndAdministratorsOpenTheEditForm(String who, TestPrincipal person) throws Exception {
		for (Visibility visibility : Visibility.values()) {
			int status = this.mvc.perform(as(get("/communities/" + this.slugs.get(visibility) + "/edit"), person))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(who + " on " + visibility).isEqualTo(EDIT.get(who)[visibility.ordinal()]);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void onlyFacilitatorsAndAdministratorsSaveAnEdit(String who, TestPrincipal person) throws Exception {
		for (Visibility visibility : Visibility.values()) {
			String slug = this.slugs.get(visibility);
			int status = this.mvc
				.perform(as(CommunityFormTests
					.filledIn(this.fixtures.post("/communities/" + slug + "/edit"), slug, "Renamed by " + who,
							visibility.name())
					.param("version", String.valueOf(this.communities.findBySlug(slug).orElseThrow().version())),
						person))
				.andReturn()
				.getResponse()
				.getStatus();
			int expected = EDIT.get(who)[visibility.ordinal()];
			assertThat(status).as(who + " on " + visibility).isEqualTo((expected == OK) ? 302 : expected);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void onlyCoordinatorsAndAdministratorsStartACommunity(String who, TestPrincipal person) throws Exception {
		int expected = switch (who) {
			case "visitor" -> LOGIN;
			case "coordinator", "administrator" -> OK;
			default -> FORBIDDEN;
		};
		assertThat(this.mvc.perform(as(get("/communities/new"), person)).andReturn().getResponse().getStatus())
			.isEqualTo(expected);
		String slug = CommunityFixtures.slug("started");
		int posted = this.mvc
			.perform(as(CommunityFormTests.filledIn(this.fixtures.post("/communities/new"), slug, "Started", "PUBLIC"),
					person))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(posted).isEqualTo((expected == OK) ? 302 : expected);
		assertThat(this.communities.findBySlug(slug).isPresent()).as("saved").isEqualTo(expected == OK);
		this.fixtures.deleteAll(slug);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("viewers")
	void onlyAdministratorsDecideOnProposals(String who, TestPrincipal person) throws Exception {
		String slug = CommunityFixtures.slug("proposal");
		this.fixtures.save(Community.propose(TestCommunities.description(slug, Visibility.PUBLIC), FACILITATOR.id(),
				TestCommunities.NOW));
		int status = this.mvc.perform(as(this.fixtures.post("/communities/" + slug + "/approve"), person))
			.andReturn()
			.getResponse()
			.getStatus();
		int expected = switch (who) {
			case "visitor" -> LOGIN;
			case "administrator" -> 302;
			case "facilitator" -> FORBIDDEN;
			default -> NOT_FOUND;
		};
		assertThat(status).isEqualTo(expected);
		assertThat(this.communities.findBySlug(slug).orElseThrow().isActive()).isEqualTo("administrator".equals(who));
		int list = this.mvc.perform(as(get("/admin/community-proposals"), person))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(list).isEqualTo(switch (who) {
			case "visitor" -> LOGIN;
			case "administrator" -> OK;
			default -> FORBIDDEN;
		});
	}

	@Test
	void aSecretCommunityIsNeverListedForANonMember() throws Exception {
		String secret = this.slugs.get(Visibility.SECRET);
		for (TestPrincipal outsider : new TestPrincipal[] { null, OTHER_FACILITATOR, COORDINATOR }) {
			String list = this.mvc.perform(as(get("/communities").param("q", "Leernetwerk"), outsider))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(list).doesNotContain(secret).contains(this.slugs.get(Visibility.MEMBERS_ONLY));
		}
		String asMember = this.mvc.perform(as(get("/communities").param("q", secret), MEMBER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asMember).contains(secret);
	}

	@Test
	void aMembersOnlyCommunitysKindShowsOnlyToThoseWhoReadIt() throws Exception {
		String kind = "Réseau d’apprentissage";
		for (TestPrincipal outsider : new TestPrincipal[] { null, OTHER_FACILITATOR, COORDINATOR }) {
			assertThat(page(Visibility.MEMBERS_ONLY, outsider)).doesNotContain(kind);
			assertThat(page(Visibility.PUBLIC, outsider)).contains(kind);
		}
		for (TestPrincipal reader : new TestPrincipal[] { MEMBER, ADMINISTRATOR }) {
			assertThat(page(Visibility.MEMBERS_ONLY, reader)).contains(kind);
		}
	}

	private String page(Visibility visibility, TestPrincipal person) throws Exception {
		return this.mvc.perform(as(get("/communities/" + this.slugs.get(visibility)).locale(Locale.FRENCH), person))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aCoordinatorFindsAMembersOnlyCommunityByNameButNotByWhatItIsAbout() throws Exception {
		String membersOnly = this.slugs.get(Visibility.MEMBERS_ONLY);
		String byName = this.mvc.perform(as(get("/communities").param("q", membersOnly), COORDINATOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byName).contains("href=\"/communities/" + membersOnly + "\"");
		for (String filter : new String[] { "kind=LEARNING_NETWORK", "country=BE", "theme=housing", "language=fr" }) {
			String[] parameter = filter.split("=");
			for (Visibility visibility : new Visibility[] { Visibility.PUBLIC, Visibility.MEMBERS_ONLY }) {
				String slug = this.slugs.get(visibility);
				String list = this.mvc
					.perform(as(get("/communities").param("q", slug).param(parameter[0], parameter[1]), COORDINATOR))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(list.contains("href=\"/communities/" + slug + "\"")).as(filter + " finds " + visibility)
					.isEqualTo(visibility == Visibility.PUBLIC);
			}
		}
	}

	static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, TestPrincipal person) {
		return (person != null) ? request.with(person.signedIn()) : request;
	}

}
