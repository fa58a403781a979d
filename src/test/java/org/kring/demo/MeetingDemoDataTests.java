package org.kring.demo;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.community.CommunityManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class MeetingDemoDataTests {

	@Autowired
	private MeetingDemoData demoData;

	@Autowired
	private CommunityManagement communities;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theLearningNetworkHasClosedMeetingsWithProductsAndAnUpcomingSeriesOnce() {
		assertThat(this.demoData.load()).as("loaded on start, and only once").isZero();
		UUID network = this.communities.findBySlug(MeetingDemoData.NETWORK).orElseThrow().id();

		assertThat(count("select count(*) from meeting where community_id = ? and state = 'CLOSED'", network))
			.isEqualTo(3);
		assertThat(count("select count(*) from meeting_product p join meeting m on m.id = p.meeting_id"
				+ " where m.community_id = ? and p.kind = 'JOINT_SIGNAL'", network))
			.isEqualTo(1);
		assertThat(count("select count(*) from meeting_series where community_id = ?", network)).isEqualTo(1);
		assertThat(count("select count(*) from meeting where community_id = ? and series_id is not null"
				+ " and state = 'SCHEDULED' and starts_at > current_timestamp", network))
			.as("a year of bi-monthly meetings")
			.isBetween(6, 7);
		UUID next = this.jdbc
			.sql("select id from meeting where community_id = ? and state = 'SCHEDULED'"
					+ " and starts_at > current_timestamp order by starts_at fetch first 1 rows only")
			.param(network)
			.query(UUID.class)
			.single();
		assertThat(
				count("select count(*) from meeting_registration where meeting_id = ? and state = 'CONFIRMED'", next))
			.isEqualTo(5);
		assertThat(count("select count(*) from meeting_theme where meeting_id = ? and state = 'SCHEDULED'", next))
			.isEqualTo(1);
		assertThat(count("select count(*) from meeting where public_meeting = true and state = 'SCHEDULED'"))
			.isGreaterThanOrEqualTo(1);
	}

	private int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

}
