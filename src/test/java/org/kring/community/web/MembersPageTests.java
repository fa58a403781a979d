package org.kring.community.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.MembershipTestSupport;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;
import org.kring.organisation.OrganisationFixtures;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The members list: each member shows only what they chose to share, and the page reads
 * as many SQL statements for ten members as for a thousand.
 */
class MembersPageTests extends MembershipTestSupport {

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	OrganisationManagement affiliations;

	@Test
	void aMemberShowsTheirAddressOnlyWhenTheyChoseTo() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, facilitator);
		Community other = community(JoinPolicy.OPEN, Visibility.PUBLIC, facilitator);
		TestPrincipal here = person("Hira");
		TestPrincipal everywhere = person("Eli");
		TestPrincipal nowhere = person("Nadia");
		TestPrincipal elsewhere = person("Omar");
		for (TestPrincipal member : List.of(here, everywhere, nowhere, elsewhere)) {
			admit(community, member, CommunityRole.MEMBER);
			admit(other, member, CommunityRole.MEMBER);
		}
		post("/communities/" + community.slug() + "/membership/sharing", here, "email", "true")
			.andExpect(status().isFound());
		post("/communities/" + community.slug() + "/membership/sharing", everywhere, "allEmail", "true")
			.andExpect(status().isFound());
		post("/communities/" + other.slug() + "/membership/sharing", elsewhere, "email", "true")
			.andExpect(status().isFound());

		String page = get("/communities/" + community.slug() + "/members", nowhere).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hira", "Eli", "Nadia", "Omar", "Fatou")
			.contains(emailOf(here), emailOf(everywhere))
			.doesNotContain(emailOf(nowhere))
			.doesNotContain(emailOf(elsewhere))
			.doesNotContain(emailOf(facilitator));
		assertThat(page).as("the expertise module provides a column").contains(">Expertise<");
		String own = get("/communities/" + community.slug() + "/membership", everywhere).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("id=\"allEmail\" name=\"allEmail\" value=\"true\" checked")
			.contains("id=\"email\" name=\"email\" value=\"true\">");
	}

	@Test
	void aMemberShowsTheirOrganisationOnlyWhenTheyChoseTo() throws Exception {
		OrganisationFixtures organisations = new OrganisationFixtures(this.jdbcTemplate);
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, facilitator);
		TestPrincipal sharing = person("Hira");
		TestPrincipal undisclosed = person("Nadia");
		OrganisationSummary employer = organisations.add("Werkhuis", OrganisationKind.EMPLOYER, "BE", null);
		OrganisationSummary ngo = organisations.add("Onthaal", OrganisationKind.NGO, "BE", null);
		admit(community, sharing, CommunityRole.MEMBER);
		admit(community, undisclosed, CommunityRole.MEMBER);
		this.affiliations.affiliate(sharing.id(), employer.id());
		this.affiliations.affiliate(undisclosed.id(), ngo.id());
		post("/communities/" + community.slug() + "/membership/sharing", sharing, "organisation", "true")
			.andExpect(status().isFound());

		String page = get("/communities/" + community.slug() + "/members", facilitator).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		try {
			assertThat(page).contains(">Organisation<").contains(employer.name()).doesNotContain(ngo.name());
		}
		finally {
			organisations.deleteAll();
		}
	}

	@Test
	void theMembersPageReadsAsManyStatementsForTenMembersAsForAThousand() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community community = community(JoinPolicy.OPEN, Visibility.PUBLIC, facilitator);
		insertMembers(community, 9);
		get("/communities/" + community.slug() + "/members", facilitator).andExpect(status().isOk());
		SqlStatements.Recorded ten = count(community, facilitator);
		insertMembers(community, 990);
		assertThat(this.memberships.countByCommunityId(community.id())).isEqualTo(1000);
		SqlStatements.Recorded thousand = count(community, facilitator);
		assertThat(ten.count()).as(ten::describe).isBetween(1, 10);
		assertThat(thousand.count()).as(thousand::describe).isEqualTo(ten.count());
		assertThat(get("/communities/" + community.slug() + "/members?page=20", facilitator).andReturn()
			.getResponse()
			.getContentAsString()).contains("Page 20 of 20");
	}

	private SqlStatements.Recorded count(Community community, TestPrincipal who) throws Exception {
		return SqlStatements
			.count(() -> get("/communities/" + community.slug() + "/members", who).andExpect(status().isOk()));
	}

	/** Members with accounts, every third sharing their address. */
	private void insertMembers(Community community, int count) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<UUID> ids = IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID()).toList();
		this.jdbcTemplate.batchUpdate(
				"insert into person (id, display_name, email, email_verified_at, administrator, created_at, version) "
						+ "values (?, ?, ?, ?, false, ?, 0)",
				ids.stream()
					.map((id) -> new Object[] { id, "Member " + id.toString().substring(0, 8), id + "@example.org", now,
							now })
					.toList());
		this.jdbcTemplate.batchUpdate(
				"insert into membership (id, community_id, person_id, role, joined_at, version) values (?, ?, ?, ?, ?, 0)",
				ids.stream()
					.map((id) -> new Object[] { UUID.randomUUID(), community.id(), id, "MEMBER", now })
					.toList());
		this.jdbcTemplate.batchUpdate(
				"insert into membership_sharing (community_id, person_id, share_email, share_organisation, "
						+ "share_expertise) values (?, ?, true, false, false)",
				IntStream.range(0, count)
					.filter((i) -> i % 3 == 0)
					.mapToObj((i) -> new Object[] { community.id(), ids.get(i) })
					.toList());
	}

}
