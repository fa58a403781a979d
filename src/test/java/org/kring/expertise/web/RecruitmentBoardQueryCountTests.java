package org.kring.expertise.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.community.internal.Community;
import org.kring.expertise.RecruitmentTestSupport;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The board reads a fixed number of statements whether a community has 10 nominations or
 * 1,000: nominations, their fields and steps, and the names they mention, each in one
 * query.
 */
class RecruitmentBoardQueryCountTests extends RecruitmentTestSupport {

	private static final String[] STATES = { "NOMINATED", "INVITED", "ACCEPTED", "DECLINED", "WITHDRAWN", "ACTIVE",
			"ALUMNI" };

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@Test
	void theBoardsStatementCountDoesNotGrowWithItsNominations() throws Exception {
		TestPrincipal facilitator = person("Fatou");
		Community small = recruiting(facilitator);
		Community large = recruiting(facilitator);
		insert(small, 10, facilitator);
		insert(large, 1000, facilitator);

		int few = count(small, facilitator);
		int many = count(large, facilitator);
		assertThat(many).isEqualTo(few);
		String page = get(board(large), facilitator).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("candidate-999@example.org");
	}

	private int count(Community community, TestPrincipal who) throws Exception {
		get(board(community), who).andExpect(status().isOk());
		SqlStatements.Recorded recorded = SqlStatements.count(() -> this.mvc
			.perform(as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(board(community)), who))
			.andExpect(status().isOk()));
		return recorded.count();
	}

	private void insert(Community community, int count, TestPrincipal nominator) {
		Timestamp at = Timestamp.from(Instant.now());
		List<Object[]> nominations = new ArrayList<>();
		List<Object[]> fields = new ArrayList<>();
		List<Object[]> steps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			String state = STATES[i % STATES.length];
			boolean person = i % 2 == 0;
			String email = "candidate-" + i + "@example.org";
			boolean open = !state.equals("DECLINED") && !state.equals("WITHDRAWN") && !state.equals("ALUMNI");
			UUID personId = person ? UUID.randomUUID() : null;
			nominations.add(new Object[] { id, community.id(), personId, person ? null : email, UUID.randomUUID(),
					state, open ? (person ? personId.toString() : email) : null, nominator.id(), at });
			fields.add(new Object[] { id, FIELD });
			fields.add(new Object[] { id, "health-care" });
			steps.add(new Object[] { id, 0, "NOMINATED", at, nominator.id() });
			steps.add(new Object[] { id, 1, state, at, null });
		}
		this.jdbcTemplate.batchUpdate("insert into expertise_nomination (id, community_id, person_id, email,"
				+ " organisation_id, state, open_candidate, nominated_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				nominations);
		this.jdbcTemplate
			.batchUpdate("insert into expertise_nomination_field (nomination_id, field_code) values (?, ?)", fields);
		this.jdbcTemplate
			.batchUpdate("insert into expertise_nomination_step (nomination_id, position, state, at, actor_id)"
					+ " values (?, ?, ?, ?, ?)", steps);
	}

}
