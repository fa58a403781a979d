package org.kring.expertise.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Memberships;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfileFixtures;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The own expert profile form and the profile pages: who may edit, who may read which
 * profile, what a rejected form shows and what a saved one looks like.
 */
@SystemTest
class ExpertProfilePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ExpertProfiles profiles;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Communities communities;

	@Autowired
	Memberships memberships;

	@Autowired
	ExpertiseFields expertiseFields;

	private ExpertProfileFixtures fixtures;

	private final TestPrincipal owner = TestPrincipal.member("Noor");

	@BeforeEach
	void fixtures() {
		this.fixtures = new ExpertProfileFixtures(this.profiles, this.organisations, this.jdbc, this.communities,
				this.memberships, this.mvc);
		this.fixtures.track(this.owner.id());
	}

	@AfterEach
	void deleteAll() {
		this.fixtures.deleteAll();
	}

	@Test
	void aVisitorIsSentToLoginFromTheOwnProfileForm() throws Exception {
		this.mvc.perform(get("/experts/profile"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aMemberWithoutAProfileGetsABlankFormSeenByCoordinatorsOnlyAndTheirOrganisation() throws Exception {
		OrganisationSummary organisation = this.fixtures.organisation("Harbour");
		this.organisations.affiliate(this.owner.id(), organisation.id());
		this.mvc.perform(get("/experts/profile").with(this.owner.signedIn()).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"visibility-COORDINATORS\" name=\"visibility\" value=\"COORDINATORS\" checked")))
			.andExpect(content().string(containsString("value=\"" + organisation.id() + "\" selected")))
			.andExpect(content().string(not(containsString("Remove my expert profile"))));
	}

	@Test
	void aSavedProfileShowsOnItsPageInTheReadersLanguageAndRecordsTheOrganisation() throws Exception {
		OrganisationSummary organisation = this.fixtures.organisation("Harbour");
		this.mvc
			.perform(form().param("years-health-care", "20")
				.param("note-health-care", "Interpreting in clinics")
				.param("years-education", "")
				.param("qualification", "migration-expertise")
				.param("language", "ar", "nl")
				.param("otherLanguages", "fy, BER")
				.param("countries", "be ma")
				.param("organisation", organisation.id().toString())
				.param("biography", "Twenty years beside newcomers.")
				.param("availability", "REVIEWER")
				.param("visibility", "COMMUNITIES"))
			.andExpect(redirectedUrl("/experts/" + this.owner.id()));

		ExpertProfile saved = this.profiles.find(this.owner.id()).orElseThrow();
		assertThat(saved.fields()).containsExactly(new FieldExperience("health-care", 20, "Interpreting in clinics"));
		assertThat(saved.languages()).containsExactly("ar", "ber", "fy", "nl");
		assertThat(saved.countries()).containsExactly("BE", "MA");
		assertThat(saved.availability()).containsExactly(Availability.REVIEWER);
		assertThat(this.organisations.affiliationsOf(List.of(this.owner.id())).get(this.owner.id()))
			.isEqualTo(organisation);

		this.mvc.perform(get("/experts/" + this.owner.id()).with(this.owner.signedIn()).locale(Locale.of("nl")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toegang tot gezondheidszorg")))
			.andExpect(content().string(containsString("20 jaar ervaring")))
			.andExpect(content().string(containsString("Interpreting in clinics")))
			.andExpect(content().string(containsString("Fries")))
			.andExpect(content().string(containsString("Berber")))
			.andExpect(content().string(containsString("Marokko")))
			.andExpect(content().string(containsString("href=\"" + organisation.path() + "\"")))
			.andExpect(content().string(containsString("De leden van je gemeenschappen en de coördinatoren")));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "years-health-care, 71, years-health-care", "years-health-care, -1, years-health-care",
			"years-health-care, twelve, years-health-care", "years-astrology, 4, fields",
			"note-education, LONG, note-education", "qualification, astrology, qualifications",
			"otherLanguages, 'fy, xx', otherLanguages", "countries, 'BE, ZZ', countries",
			"organisation, RANDOM, organisation", "biography, LONG, biography", "availability, JUGGLER, availability",
			"visibility, SECRET, visibility" })
	void badInputComesBackWith422NextToItsFieldWithEverythingTypedKept(String name, String value, String field)
			throws Exception {
		String typed = switch (value) {
			case "LONG" -> "x".repeat(2001);
			case "RANDOM" -> UUID.randomUUID().toString();
			default -> value;
		};
		Map<String, String> params = new LinkedHashMap<>(
				Map.of("years-education", "9", "note-education", "Evening classes", "otherLanguages", "fy", "countries",
						"NL", "biography", "Kept as typed", "visibility", "EVERYONE"));
		params.put(name, typed);
		MockHttpServletRequestBuilder request = form();
		params.forEach(request::param);
		String page = this.mvc.perform(request.locale(Locale.ENGLISH))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"" + field + "-error\"");
		assertThat(page.split("class=\"error\"", -1)).as("one problem shown").hasSize(2);
		assertThat(page).contains("id=\"years-education\" name=\"years-education\" type=\"text\" value=\"9\"");
		if (!name.equals("otherLanguages")) {
			assertThat(page).contains("name=\"otherLanguages\" type=\"text\" value=\"fy\"");
		}
		if (!name.equals("countries")) {
			assertThat(page).contains("name=\"countries\" type=\"text\" value=\"NL\"");
		}
		if (!name.equals("note-education")) {
			assertThat(page).contains("value=\"Evening classes\"");
		}
		if (!name.equals("biography")) {
			assertThat(page).contains(">Kept as typed</textarea>");
		}
		assertThat(this.profiles.find(this.owner.id())).isEmpty();
	}

	@Test
	void badYearsAreMarkedInvalidAndDescribedByTheirMessage() throws Exception {
		this.mvc.perform(form().param("years-health-care", "80").param("visibility", "EVERYONE").locale(Locale.ENGLISH))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString(
					"aria-invalid=\"true\" aria-describedby=\"years-health-care-error years-health-care-hint\"")))
			.andExpect(content().string(containsString("Enter a whole number of years from 0 to 70.")));
	}

	@Test
	void anOwnerRemovesTheirProfile() throws Exception {
		this.fixtures.save(this.owner, ProfileVisibility.EVERYONE, null);
		this.mvc.perform(get("/experts/profile").with(this.owner.signedIn()).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Remove my expert profile")));
		this.mvc.perform(this.fixtures.communities().post("/experts/profile/remove").with(this.owner.signedIn()))
			.andExpect(redirectedUrl("/experts/profile"));
		assertThat(this.profiles.find(this.owner.id())).isEmpty();
		this.mvc.perform(get("/experts/" + this.owner.id())).andExpect(status().isNotFound());
	}

	@Test
	void aProfileForMembersOfTheOwnersCommunitiesIsSeenByThemCoordinatorsAndAdministratorsOnly() throws Exception {
		TestPrincipal fellow = TestPrincipal.member("Fellow");
		TestPrincipal stranger = TestPrincipal.member("Stranger");
		this.fixtures.communityOf(fellow, this.owner);
		this.fixtures.communityOf(stranger);
		this.fixtures.save(this.owner, ProfileVisibility.COMMUNITIES, null);
		String path = "/experts/" + this.owner.id();
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(stranger.signedIn())).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(fellow.signedIn())).andExpect(status().isOk());
		this.mvc.perform(get(path).with(TestPrincipal.coordinator("Coco").signedIn())).andExpect(status().isOk());
		this.mvc.perform(get(path).with(TestPrincipal.administrator("Ada").signedIn())).andExpect(status().isOk());
		this.mvc.perform(get(path).with(this.owner.signedIn())).andExpect(status().isOk());
	}

	@Test
	void aProfileForCoordinatorsIsHiddenFromFellowMembers() throws Exception {
		TestPrincipal fellow = TestPrincipal.member("Fellow");
		this.fixtures.communityOf(fellow, this.owner);
		this.fixtures.save(this.owner, ProfileVisibility.COORDINATORS, null);
		String path = "/experts/" + this.owner.id();
		String hidden = this.mvc.perform(get(path).with(fellow.signedIn()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc.perform(get("/experts/" + UUID.randomUUID()).with(fellow.signedIn()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hidden).isEqualTo(unknown);
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(TestPrincipal.coordinator("Coco").signedIn())).andExpect(status().isOk());
		this.mvc.perform(get(path).with(TestPrincipal.administrator("Ada").signedIn())).andExpect(status().isOk());
		this.mvc.perform(get(path).with(this.owner.signedIn())).andExpect(status().isOk());
	}

	@Test
	void aProfileForEveryoneIsSeenByVisitorsAndAnAddressThatIsNoIdIsNotFound() throws Exception {
		this.fixtures.save(this.owner, ProfileVisibility.EVERYONE, null);
		this.mvc.perform(get("/experts/" + this.owner.id()).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Works independently")))
			.andExpect(content().string(not(containsString("This is your profile"))));
		this.mvc.perform(get("/experts/not-an-id")).andExpect(status().isNotFound());
	}

	@Test
	void theMembersListShowsTheFieldsOfMembersWhoShareTheirExpertiseAndShowTheirProfileToMembers() throws Exception {
		TestPrincipal facilitator = TestPrincipal.member("Fatou");
		TestPrincipal hidden = TestPrincipal.member("Hidden");
		TestPrincipal unsharing = TestPrincipal.member("Private");
		var community = this.fixtures.communityOf(facilitator, this.owner, hidden, unsharing);
		this.fixtures.save(this.owner, ProfileVisibility.COMMUNITIES, null);
		this.fixtures.save(hidden, ProfileVisibility.COORDINATORS, null);
		ExpertProfile unshared = new ExpertProfile(unsharing.id(), null, null, ProfileVisibility.EVERYONE,
				List.of(new FieldExperience("labour-market", 2, null)), List.of(), List.of(), List.of(), Set.of());
		this.fixtures.track(unsharing.id());
		this.profiles.save(unshared);
		for (TestPrincipal member : List.of(this.owner, hidden)) {
			this.mvc
				.perform(this.fixtures.communities()
					.post("/communities/" + community.slug() + "/membership/sharing")
					.param("expertise", "true")
					.with(member.signedIn()))
				.andExpect(status().isFound());
		}
		String page = this.mvc
			.perform(get("/communities/" + community.slug() + "/members").with(facilitator.signedIn())
				.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(">Expertise<")
			.contains(fieldNames("health-care", "housing-income"))
			.doesNotContain(fieldNames("labour-market"));
		assertThat(page.split(fieldNames("health-care", "housing-income"), -1)).as("one member shows them").hasSize(2);
	}

	private String fieldNames(String... codes) {
		return Arrays.stream(codes)
			.map((code) -> this.expertiseFields.find(code, Locale.ENGLISH).orElseThrow().name())
			.collect(Collectors.joining(", "));
	}

	private MockHttpServletRequestBuilder form() throws Exception {
		return this.fixtures.communities().post("/experts/profile").with(this.owner.signedIn());
	}

}
