package org.kring.expertise;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.PersonalData;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Memberships;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's download holds their whole expert profile, and erasing them deletes it and
 * nobody else's.
 */
@SystemTest
class ExpertProfilePersonalDataTests {

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
	MockMvc mvc;

	@Autowired
	List<PersonalData> personalData;

	private ExpertProfileFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ExpertProfileFixtures(this.profiles, this.organisations, this.jdbc, this.communities,
				this.memberships, this.mvc);
	}

	@AfterEach
	void deleteAll() {
		this.fixtures.deleteAll();
	}

	@Test
	void theExportHoldsTheWholeProfile() {
		TestPrincipal expert = TestPrincipal.member("Expert");
		OrganisationSummary organisation = this.fixtures.organisation("Harbour");
		this.fixtures.save(expert, ProfileVisibility.COMMUNITIES, organisation.id());
		Map<String, Object> exported = section().export(expert.id());
		assertThat(exported).containsEntry("visibility", "COMMUNITIES")
			.containsEntry("organisation", organisation.name())
			.containsEntry("biography", "Twenty years beside newcomers.")
			.containsEntry("qualifications", List.of("migration-expertise"))
			.containsEntry("languages", List.of("ber", "fy", "nl"))
			.containsEntry("countries", List.of("BE", "MA"))
			.containsEntry("availability", List.of("GUEST_SPEAKER", "REVIEWER"))
			.containsEntry("fields",
					List.of(Map.of("field", "health-care", "years", 20, "note", "Interpreting in clinics"),
							Map.of("field", "housing-income", "years", 3)));
	}

	@Test
	void someoneWithoutAProfileExportsNothing() {
		assertThat(section().export(TestPrincipal.member("Nobody").id())).isEmpty();
	}

	@Test
	void erasingDeletesTheProfileWithItsRowsAndKeepsOthers() {
		TestPrincipal erased = TestPrincipal.member("Erased");
		TestPrincipal kept = TestPrincipal.member("Kept");
		this.fixtures.save(erased, ProfileVisibility.EVERYONE, null);
		this.fixtures.save(kept, ProfileVisibility.EVERYONE, null);
		section().erase(erased.id());
		assertThat(this.profiles.find(erased.id())).isEmpty();
		for (String table : List.of("expertise_profile", "expertise_profile_field", "expertise_profile_qualification",
				"expertise_profile_language", "expertise_profile_country", "expertise_profile_availability")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where person_id = ?", Integer.class,
					erased.id()))
				.as(table)
				.isZero();
		}
		assertThat(this.profiles.find(kept.id())).isPresent();
	}

	private PersonalData section() {
		return this.personalData.stream()
			.filter((data) -> data.section().equals("expertProfile"))
			.findFirst()
			.orElseThrow();
	}

}
