package org.kring.site;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.system.SystemTest;
import org.kring.system.sql.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page issues a small number of SQL statements, the same however many people the
 * instance has. Runs in a transaction that is rolled back, so that the people table can
 * be emptied and filled without touching other tests' data.
 */
@SystemTest
@Transactional
class HomePageStatementsTests {

	private static final int AT_MOST = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void homePageStatementsDoNotGrowWithThePeople() throws Exception {
		this.jdbc.update("delete from person");
		SqlStatements.Recorded empty = SqlStatements.count(() -> this.mvc.perform(get("/")).andExpect(status().isOk()));
		insertPeople(50);
		insertPublicMeetings(30);
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(50);
		SqlStatements.Recorded full = SqlStatements.count(() -> this.mvc.perform(get("/")).andExpect(status().isOk()));
		assertThat(full.count()).as(full::describe).isEqualTo(empty.count()).isLessThanOrEqualTo(AT_MOST);
	}

	private void insertPublicMeetings(int count) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3);
		UUID community = UUID.randomUUID();
		this.jdbc.batchUpdate(
				"insert into meeting (id, community_id, title, starts_at, ends_at, time_zone, format,"
						+ " public_meeting, state, reminder_minutes, created_by, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, 'Europe/Brussels', 'ONLINE', true, 'SCHEDULED', 0, ?, ?, ?)",
				java.util.stream.IntStream.range(0, count)
					.mapToObj((i) -> new Object[] { UUID.randomUUID(), community, "Seminar " + i, start.plusHours(i),
							start.plusHours(i + 1), community, start, start })
					.toList());
	}

	private void insertPeople(int count) {
		OffsetDateTime now = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);
		this.jdbc.batchUpdate(
				"insert into person (id, display_name, email, created_at, administrator, version) values (?, ?, ?, ?, false, 0)",
				java.util.stream.IntStream.range(0, count)
					.mapToObj((i) -> new Object[] { UUID.randomUUID(), "Testpersoon " + i,
							"testpersoon" + i + "@example.org", now })
					.toList());
	}

}
