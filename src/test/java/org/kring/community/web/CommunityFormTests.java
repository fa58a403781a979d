package org.kring.community.web;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.FormFields;
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationFixtures;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starting and editing a community with bad input: a message next to the field, 422, what
 * was typed kept, nothing saved; two edits at once: the second is told, nothing lost.
 */
@SystemTest
class CommunityFormTests {

	static final TestPrincipal COORDINATOR = TestPrincipal.coordinator("Jonas");

	static final TestPrincipal FACILITATOR = TestPrincipal.member("Fatima");

	@Autowired
	MockMvc mvc;

	@Autowired
	Communities communities;

	@Autowired
	Memberships memberships;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private OrganisationFixtures organisationFixtures;

	private CommunityFixtures fixtures;

	private final String slug = CommunityFixtures.slug("network");

	private final String other = CommunityFixtures.slug("other");

	@BeforeEach
	void fixtures() {
		this.fixtures = new CommunityFixtures(this.communities, this.memberships, this.mvc);
		this.organisationFixtures = new OrganisationFixtures(this.jdbc);
	}

	@AfterEach
	void deleteCommunities() {
		this.fixtures.deleteAll(this.slug, this.slug + "-2", this.other);
		this.organisationFixtures.deleteAll();
	}

	@Test
	void aCoordinatorStartsACommunityAndBecomesItsFacilitator() throws Exception {
		this.mvc
			.perform(filledIn(this.fixtures.post("/communities/new"), this.slug, "Leernetwerk", "PUBLIC")
				.with(COORDINATOR.signedIn()))
			.andExpect(redirectedUrl("/communities/" + this.slug));
		Community community = this.transactions.execute((status) -> {
			Community found = this.communities.findBySlug(this.slug).orElseThrow();
			found.description();
			return found;
		});
		assertThat(community.kind()).isEqualTo(CommunityKind.LEARNING_NETWORK);
		assertThat(community.places()).hasSize(2);
		assertThat(community.translations()).containsOnlyKeys("en");
		assertThat(this.memberships.findByCommunityIdAndPersonId(community.id(), COORDINATOR.id()))
			.hasValueSatisfying((membership) -> assertThat(membership.facilitates()).isTrue());
		String page = this.mvc.perform(get("/communities/" + this.slug).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h1 lang=\"en\">Learning network</h1>")
			.contains("lang=\"nl\">Mensen zonder wettig verblijf");
	}

	@Test
	void partnerOrganisationsTickedAreNamedOnTheCommunitysPage() throws Exception {
		OrganisationSummary partner = this.organisationFixtures.add("Partner " + this.slug, OrganisationKind.NGO, "BE",
				null);
		String form = this.mvc.perform(get("/communities/new").with(COORDINATOR.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"partners\" value=\"" + partner.id() + "\"");
		this.mvc
			.perform(filledIn(this.fixtures.post("/communities/new"), this.slug, "Leernetwerk", "PUBLIC")
				.param("partners", partner.id().toString())
				.with(COORDINATOR.signedIn()))
			.andExpect(redirectedUrl("/communities/" + this.slug));
		String page = this.mvc.perform(get("/communities/" + this.slug)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<a href=\"" + partner.path() + "\">Partner " + this.slug + "</a>");
	}

	@Test
	void anOrganisationThatDoesNotExistIsNoPartner() throws Exception {
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, "Network", "PUBLIC")
			.param("partners", UUID.randomUUID().toString()), 422);
		assertThat(FormFields.errorOf(page, "partners"))
			.isEqualTo("One of the organisations ticked no longer exists; tick them again.");
		assertThat(this.communities.findBySlug(this.slug)).isEmpty();
		page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, "Network", "PUBLIC")
			.param("partners", "not-an-id"), 422);
		assertThat(FormFields.errorOf(page, "partners")).isNotNull();
	}

	@Test
	void aMissingNameIsToldNextToTheFieldAndTheRestIsKept() throws Exception {
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, " ", "PUBLIC"), 422);
		assertThat(FormFields.errorOf(page, "name")).isEqualTo("Enter the community’s name.");
		assertThat(FormFields.valueOf(page, "slug")).isEqualTo(this.slug);
		assertThat(page).contains(">Mensen zonder wettig verblijf</textarea>")
			.contains("value=\"LEARNING_NETWORK\" checked")
			.contains("value=\"Learning network\"");
		assertThat(this.communities.findBySlug(this.slug)).isEmpty();
	}

	@Test
	void aSlugInUseIsToldNextToTheField() throws Exception {
		this.fixtures.found(TestCommunities.description(this.slug, Visibility.PUBLIC), FACILITATOR);
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, "Another", "PUBLIC"), 422);
		assertThat(FormFields.errorOf(page, "slug")).contains("Another community already uses this web address");
		assertThat(this.communities.findBySlug(this.slug).orElseThrow().name()).isEqualTo("Leernetwerk " + this.slug);
	}

	@Test
	void aSlugHeldByASecretCommunityIsSilentlyNumberedSoItsExistenceStaysHidden() throws Exception {
		this.fixtures.found(TestCommunities.description(this.slug, Visibility.SECRET), FACILITATOR);
		this.mvc
			.perform(filledIn(this.fixtures.post("/communities/new"), this.slug, "Another", "PUBLIC")
				.with(COORDINATOR.signedIn()))
			.andExpect(redirectedUrl("/communities/" + this.slug + "-2"));
		assertThat(this.communities.findBySlug(this.slug + "-2").orElseThrow().name()).isEqualTo("Another");
		assertThat(this.communities.findBySlug(this.slug).orElseThrow().name()).isEqualTo("Leernetwerk " + this.slug);
	}

	@Test
	void anEditToASecretCommunitysSlugIsSilentlyNumbered() throws Exception {
		this.fixtures.found(TestCommunities.description(this.slug, Visibility.SECRET), FACILITATOR);
		Community mine = this.fixtures.found(TestCommunities.description(this.other, Visibility.PUBLIC), COORDINATOR);
		this.mvc
			.perform(filledIn(this.fixtures.post("/communities/" + this.other + "/edit"), this.slug, "Mine", "PUBLIC")
				.param("version", String.valueOf(this.communities.findById(mine.id()).orElseThrow().version()))
				.with(COORDINATOR.signedIn()))
			.andExpect(redirectedUrl("/communities/" + this.slug + "-2"));
		assertThat(this.communities.findBySlug(this.slug + "-2").orElseThrow().id()).isEqualTo(mine.id());
	}

	@Test
	void aSecretCommunitysOwnMemberIsToldItsSlugIsTaken() throws Exception {
		this.fixtures.found(TestCommunities.description(this.slug, Visibility.SECRET), FACILITATOR);
		this.fixtures.admit(this.communities.findBySlug(this.slug).orElseThrow(), COORDINATOR, CommunityRole.MEMBER);
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, "Another", "PUBLIC"), 422);
		assertThat(FormFields.errorOf(page, "slug")).contains("Another community already uses this web address");
		assertThat(this.communities.findBySlug(this.slug + "-2")).isEmpty();
	}

	@Test
	void choicesOutsideTheListAreToldNextToTheirFields() throws Exception {
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, "Network", "EVERYONE")
			.param("kind", "BOOK_CLUB")
			.param("joinPolicy", "BRIBE"), 422);
		assertThat(FormFields.errorOf(page, "kind")).isEqualTo("Choose one of the kinds in the list.");
		assertThat(FormFields.errorOf(page, "visibility")).isEqualTo("Choose one of the options in the list.");
		assertThat(FormFields.errorOf(page, "joinPolicy")).isEqualTo("Choose one of the options in the list.");
		assertThat(this.communities.findBySlug(this.slug)).isEmpty();
	}

	@Test
	void unknownCountryAndLanguageCodesAreToldNextToTheirFields() throws Exception {
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, "Network", "PUBLIC")
			.param("places", "BE Limburg\nXX Atlantis")
			.param("languages", "nl, klingon"), 422);
		assertThat(FormFields.errorOf(page, "places")).startsWith("Start each line with a two-letter country code");
		assertThat(FormFields.errorOf(page, "languages")).startsWith("Use two-letter language codes");
		assertThat(page).contains("BE Limburg\nXX Atlantis</textarea>");
		assertThat(this.communities.findBySlug(this.slug)).isEmpty();
	}

	@Test
	void aBadSlugIsToldNextToTheField() throws Exception {
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), "new", "Network", "PUBLIC"), 422);
		assertThat(FormFields.errorOf(page, "slug")).startsWith("Use 3 to 60 lower-case letters");
	}

	@Test
	void anEditCrossingAnotherIsToldAndChangesNothing() throws Exception {
		Community community = this.fixtures.found(TestCommunities.description(this.slug, Visibility.PUBLIC),
				FACILITATOR);
		long opened = this.communities.findById(community.id()).orElseThrow().version();
		this.mvc
			.perform(filledIn(this.fixtures.post("/communities/" + this.slug + "/edit"), this.slug, "First", "PUBLIC")
				.param("version", String.valueOf(opened))
				.with(FACILITATOR.signedIn()))
			.andExpect(redirectedUrl("/communities/" + this.slug));
		String page = rejected(
				filledIn(this.fixtures.post("/communities/" + this.slug + "/edit"), this.slug, "Second", "PUBLIC")
					.param("version", String.valueOf(opened)),
				409);
		assertThat(page).contains("Someone else saved changes to this community");
		assertThat(FormFields.valueOf(page, "name")).isEqualTo("Second");
		assertThat(this.communities.findBySlug(this.slug).orElseThrow().name()).isEqualTo("First");
	}

	@Test
	void aTranslationInTheOriginalLanguageIsToldNextToTheField() throws Exception {
		String page = rejected(filledIn(this.fixtures.post("/communities/new"), this.slug, "Network", "PUBLIC")
			.param("translations[nl].name", "Netwerk"), 422);
		assertThat(FormFields.errorOf(page, "translation-nl-name")).startsWith("This is the language of the original");
	}

	private String rejected(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc
			.perform(request.with((status == 409 ? FACILITATOR : COORDINATOR).signedIn()).locale(Locale.ENGLISH))
			.andExpect(status().is(status))
			.andReturn();
		return result.getResponse().getContentAsString();
	}

	/**
	 * A form filled in as a browser sends it, valid unless changed.
	 */
	static MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder request, String slug, String name,
			String visibility) {
		return request.param("name", name)
			.param("slug", slug)
			.param("kind", "LEARNING_NETWORK")
			.param("visibility", visibility)
			.param("joinPolicy", "ON_APPROVAL")
			.param("originalLanguage", "nl")
			.param("domain", "Mensen zonder wettig verblijf")
			.param("practice", "Tweemaandelijkse maaksessies")
			.param("themes", "housing, health care")
			.param("places", "BE Oost-Vlaanderen\nNL")
			.param("languages", "nl, fr")
			.param("translations[en].name", "Learning network");
	}

}
