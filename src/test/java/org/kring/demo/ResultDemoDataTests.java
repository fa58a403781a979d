package org.kring.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("dev")
@Tag("database")
class ResultDemoDataTests {

	@Autowired
	private ResultDemoData demoData;

	@Autowired
	private CommunityManagement communities;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void theResultsAreLoadedOnStartAndOnlyOnce() {
		int signals = count("select count(*) from result_signal");
		int actions = count("select count(*) from result_action");
		int updates = count("select count(*) from result_action_update");
		int tools = count("select count(*) from result_tool");

		assertThat(this.demoData.load()).as("loaded on start, and only once").isFalse();

		assertThat(count("select count(*) from result_signal")).isEqualTo(signals);
		assertThat(count("select count(*) from result_action")).isEqualTo(actions);
		assertThat(count("select count(*) from result_action_update")).isEqualTo(updates);
		assertThat(count("select count(*) from result_tool")).isEqualTo(tools);
		assertThat(count("select count(*) from result_tool t where t.community_id = ? and (select count(*) from"
				+ " result_tool_link l where l.tool_id = t.id) = 2", community(CommunityDemoData.MARKER)))
			.isEqualTo(1);
	}

	@Test
	void theCouncilsRecommendationsAreAnsweredAndFollowedUpOrWaiting() throws Exception {
		UUID council = community(ResultDemoData.COUNCIL);
		assertThat(count("select count(*) from result_signal where community_id = ? and kind = 'RECOMMENDATION'"
				+ " and state = 'FOLLOWED_UP' and outcome = 'PARTLY_IMPLEMENTED' and follow_up_note is not null"
				+ " and answered_at < current_timestamp - interval '80' day"
				+ " and sent_at < current_timestamp - interval '140' day", council))
			.isEqualTo(1);
		assertThat(count("select count(*) from result_signal where community_id = ? and state = 'SENT'"
				+ " and sent_at < current_timestamp - interval '14' day", council))
			.isEqualTo(1);
		assertThat(count("select count(*) from result_signal where community_id = ? and state = 'ACKNOWLEDGED'"
				+ " and answered_at is null", community(MeetingDemoData.NETWORK)))
			.isEqualTo(1);

		TestPrincipal tariq = TestPrincipal
			.member(this.accounts.findByEmail(MeetingDemoData.FACILITATOR).orElseThrow().id(), "Tariq");
		this.mvc.perform(get("/results").with(tariq.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Career guidance young newcomers")))
			.andExpect(content().string(containsString("Sociaal Huis")));
	}

	@Test
	void theNetworksAgendaHasADoneAnOngoingAnOverdueAndADroppedAction() {
		UUID network = community(MeetingDemoData.NETWORK);
		Map<String, String> statuses = this.jdbc
			.sql("select status, coalesce(cast(progress as varchar), '') || '/' || (select count(*) from"
					+ " result_action_update u where u.action_id = a.id) || '/'"
					+ " || case when status in ('PLANNED', 'IN_PROGRESS') and due_on < current_date then 'overdue'"
					+ " else '' end" + " || case when drop_reason is not null then 'reason' else '' end as facts"
					+ " from result_action a where community_id = ? and meeting_id is null and agenda_year = ?")
			.params(network, LocalDate.now(ZoneId.of("Europe/Brussels")).getYear())
			.query((rs, row) -> Map.entry(rs.getString("status"), rs.getString("facts")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(statuses).containsOnly(Map.entry("DONE", "100/2/"), Map.entry("IN_PROGRESS", "60/2/"),
				Map.entry("PLANNED", "0/0/overdue"), Map.entry("DROPPED", "0/0/reason"));
	}

	private UUID community(String slug) {
		return this.communities.findBySlug(slug).orElseThrow().id();
	}

	private int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

}
