package org.kring.community;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kring.community.internal.CommunityQueries;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The communities list, the JSON list and a community's page issue as many SQL statements
 * with 10 communities as with 1,000, each with themes, places and members.
 */
@SystemTest
class CommunityListQueryCountTests {

	private static final TestPrincipal MEMBER = TestPrincipal.member("Milan");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommunityQueries queries;

	private final String prefix = "count-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void deleteCommunities() {
		this.jdbc.update("delete from community where slug like ?", this.prefix + "%");
	}

	@Test
	void theListIssuesAsManyStatementsForTenAsForAThousandCommunities() throws Exception {
		insert(0, 10);
		int[] few = counts();
		insert(10, 1000);
		int[] many = counts();
		assertThat(many).as("visitor, member, API, community page").containsExactly(few);
	}

	@Test
	void theThemeFilterOffersTheHundredThemesUsedMost() {
		insert(0, 12);
		UUID coined = UUID.randomUUID();
		this.jdbc.update("insert into community (id, slug, kind, visibility, join_policy, status, original_language,"
				+ " name, domain, practice, created_at, created_by, version) values (?, ?, 'COMMUNITY_OF_PRACTICE',"
				+ " 'PUBLIC', 'OPEN', 'ACTIVE', 'en', 'Many themes', 'A domain', 'A practice', ?, ?, 0)", coined,
				this.prefix + "-themes", Timestamp.from(Instant.now()), UUID.randomUUID());
		this.jdbc.batchUpdate("insert into community_theme (community_id, theme) values (?, ?)",
				IntStream.range(0, 150)
					.mapToObj((i) -> new Object[] { coined, "%s coined %03d".formatted(this.prefix, i) })
					.toList());
		List<String> offered = this.queries.options().themes();
		assertThat(offered).hasSize(CommunityQueries.MAX_THEME_OPTIONS).contains("housing");
	}

	private int[] counts() throws Exception {
		return new int[] { count(get("/communities")), count(get("/communities").with(MEMBER.signedIn())),
				count(get("/communities").param("theme", "housing").with(MEMBER.signedIn())),
				count(get("/api/v1/communities")), count(get("/communities/" + this.prefix + "-0000")) };
	}

	private int count(MockHttpServletRequestBuilder request) throws Exception {
		SqlStatements.Recorded recorded = SqlStatements
			.count(() -> this.mvc.perform(request).andExpect(status().isOk()));
		return recorded.count();
	}

	/** Communities, each with two themes, a place, a working language and two members. */
	private void insert(int from, int to) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> communities = new ArrayList<>();
		List<Object[]> themes = new ArrayList<>();
		List<Object[]> places = new ArrayList<>();
		List<Object[]> memberships = new ArrayList<>();
		for (int i = from; i < to; i++) {
			UUID id = UUID.randomUUID();
			String visibility = switch (i % 3) {
				case 0 -> "PUBLIC";
				case 1 -> "MEMBERS_ONLY";
				default -> "SECRET";
			};
			communities.add(new Object[] { id, "%s-%04d".formatted(this.prefix, i), visibility, "Community " + i, now,
					UUID.randomUUID() });
			themes.add(new Object[] { id, "housing" });
			themes.add(new Object[] { id, "theme " + (i % 7) });
			places.add(new Object[] { id, "BE", "Region " + (i % 5) });
			memberships.add(new Object[] { UUID.randomUUID(), id, UUID.randomUUID(), "FACILITATOR", now });
			memberships.add(new Object[] { UUID.randomUUID(), id, (i % 2 == 0) ? MEMBER.id() : UUID.randomUUID(),
					"MEMBER", now });
		}
		this.jdbc.batchUpdate("insert into community (id, slug, kind, visibility, join_policy, status,"
				+ " original_language, name, domain, practice, created_at, created_by, version)"
				+ " values (?, ?, 'COMMUNITY_OF_PRACTICE', ?, 'OPEN', 'ACTIVE', 'en', ?, 'A domain', 'A practice', ?, ?, 0)",
				communities);
		this.jdbc.batchUpdate("insert into community_theme (community_id, theme) values (?, ?)", themes);
		this.jdbc.batchUpdate("insert into community_country (community_id, country, region) values (?, ?, ?)", places);
		this.jdbc.batchUpdate(
				"insert into membership (id, community_id, person_id, role, joined_at, version) values (?, ?, ?, ?, ?, 0)",
				memberships);
	}

}
