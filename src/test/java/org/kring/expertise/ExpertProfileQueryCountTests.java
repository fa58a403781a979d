package org.kring.expertise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.community.CommunityFixtures;
import org.kring.community.CommunityRole;
import org.kring.community.MemberDetails;
import org.kring.community.Visibility;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.Memberships;
import org.kring.community.internal.TestCommunities;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A profile page and the members list's expertise column issue as many SQL statements
 * with 10 profiles as with 1,000, and a profile page as many for a profile with two
 * countries as for one with every country.
 */
@SystemTest
class ExpertProfileQueryCountTests {

	private static final String[] FIELDS = { "social-protection", "health-care", "labour-market", "education",
			"housing-income" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Communities communities;

	@Autowired
	Memberships memberships;

	@Autowired
	List<MemberDetails> details;

	@Autowired
	ExpertiseFields expertiseFields;

	private final List<UUID> people = new ArrayList<>();

	private CommunityFixtures fixtures;

	@AfterEach
	void deleteAll() {
		this.jdbc.batchUpdate("delete from expertise_profile where person_id = ?",
				this.people.stream().map((id) -> new Object[] { id }).toList());
		if (this.fixtures != null) {
			this.fixtures.deleteAll();
		}
	}

	@Test
	void aProfilePageForAFellowMemberIssuesAsManyStatementsForManyProfilesAndCountries() throws Exception {
		TestPrincipal owner = TestPrincipal.member("Owner");
		TestPrincipal fellow = TestPrincipal.member("Fellow");
		this.fixtures = new CommunityFixtures(this.communities, this.memberships, this.mvc);
		Community community = this.fixtures
			.found(TestCommunities.description(CommunityFixtures.slug("count"), Visibility.PUBLIC), owner);
		this.fixtures.admit(community, fellow, CommunityRole.MEMBER);
		insert(List.of(owner.id()), "COMMUNITIES", List.of("BE", "NL"));
		insert(others(10), "COMMUNITIES", List.of("BE"));
		count(owner, fellow); // reads and keeps the catalogues
		int few = count(owner, fellow);
		insert(others(990), "COMMUNITIES", List.of("BE"));
		this.jdbc.update("delete from expertise_profile_country where person_id = ?", owner.id());
		this.jdbc.batchUpdate("insert into expertise_profile_country (person_id, country) values (?, ?)",
				Arrays.stream(Locale.getISOCountries())
					.map((country) -> new Object[] { owner.id(), country })
					.toList());
		int many = count(owner, fellow);
		assertThat(many).isEqualTo(few);
	}

	@Test
	void theOwnProfileFormIssuesAsManyStatementsForManyProfiles() throws Exception {
		TestPrincipal owner = TestPrincipal.member("Owner");
		insert(List.of(owner.id()), "EVERYONE", List.of("BE", "NL"));
		insert(others(10), "EVERYONE", List.of("BE"));
		formCount(owner); // reads and keeps the catalogues
		int few = formCount(owner);
		insert(others(990), "EVERYONE", List.of("BE"));
		assertThat(formCount(owner)).isEqualTo(few);
	}

	private int formCount(TestPrincipal owner) throws Exception {
		return SqlStatements
			.count(() -> this.mvc.perform(get("/experts/profile").with(owner.signedIn())).andExpect(status().isOk()))
			.count();
	}

	@Test
	void theExpertiseColumnReadsOneStatementForTenOrAThousandMembersAndShowsOnlyWhatMembersMaySee() throws Exception {
		MemberDetails expertise = this.details.stream()
			.filter((provider) -> provider.kind() == MemberDetails.Kind.EXPERTISE)
			.findFirst()
			.orElseThrow();
		List<UUID> shown = others(10);
		insert(shown, "COMMUNITIES", List.of("BE"));
		List<UUID> hidden = others(5);
		insert(hidden, "COORDINATORS", List.of("BE"));
		List<UUID> asked = new ArrayList<>(shown);
		asked.addAll(hidden);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			expertise.of(asked); // reads and keeps the catalogue
			SqlStatements.Recorded few = SqlStatements.count(() -> expertise.of(asked));
			assertThat(expertise.of(asked)).containsOnlyKeys(shown)
				.containsEntry(shown.get(0), name("social-protection") + ", " + name("health-care"))
				.containsEntry(shown.get(1), name("health-care") + ", " + name("labour-market"));
			List<UUID> more = others(985);
			insert(more, "EVERYONE", List.of("BE"));
			asked.addAll(more);
			SqlStatements.Recorded many = SqlStatements.count(() -> expertise.of(asked));
			assertThat(few.count()).as(few::describe).isEqualTo(1);
			assertThat(many.count()).as(many::describe).isEqualTo(1);
			assertThat(expertise.of(asked)).hasSize(995);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private String name(String field) {
		return this.expertiseFields.find(field, Locale.ENGLISH).orElseThrow().name();
	}

	private int count(TestPrincipal owner, TestPrincipal viewer) throws Exception {
		SqlStatements.Recorded recorded = SqlStatements
			.count(() -> this.mvc.perform(get("/experts/" + owner.id()).with(viewer.signedIn()))
				.andExpect(status().isOk()));
		return recorded.count();
	}

	private List<UUID> others(int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(UUID.randomUUID());
		}
		return ids;
	}

	/**
	 * Profiles, each with two fields, two languages, the countries and two kinds of work.
	 */
	private void insert(List<UUID> ids, String visibility, List<String> countries) {
		this.people.addAll(ids);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> profiles = new ArrayList<>();
		List<Object[]> fields = new ArrayList<>();
		List<Object[]> languages = new ArrayList<>();
		List<Object[]> countryRows = new ArrayList<>();
		List<Object[]> work = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			UUID id = ids.get(i);
			profiles.add(new Object[] { id, visibility, now });
			fields.add(new Object[] { id, FIELDS[i % 5], 1 + i % 30 });
			fields.add(new Object[] { id, FIELDS[(i + 1) % 5], i % 10 });
			languages.add(new Object[] { id, "nl" });
			languages.add(new Object[] { id, "ber" });
			countries.forEach((country) -> countryRows.add(new Object[] { id, country }));
			work.add(new Object[] { id, "REVIEWER" });
			work.add(new Object[] { id, "GUEST_SPEAKER" });
		}
		this.jdbc.batchUpdate("insert into expertise_profile (person_id, biography, visibility, updated_at, version)"
				+ " values (?, 'A biography', ?, ?, 0)", profiles);
		this.jdbc.batchUpdate("insert into expertise_profile_field (person_id, field_code, years) values (?, ?, ?)",
				fields);
		this.jdbc.batchUpdate(
				"insert into expertise_profile_qualification (person_id, qualification_code)"
						+ " select person_id, 'english' from expertise_profile where person_id = ?",
				ids.stream().map((id) -> new Object[] { id }).toList());
		this.jdbc.batchUpdate("insert into expertise_profile_language (person_id, language) values (?, ?)", languages);
		this.jdbc.batchUpdate("insert into expertise_profile_country (person_id, country) values (?, ?)", countryRows);
		this.jdbc.batchUpdate("insert into expertise_profile_availability (person_id, work) values (?, ?)", work);
	}

}
