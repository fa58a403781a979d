package org.kring.demo;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo discussions: loaded on start and only once, through the same steps as on the
 * pages, so that a public thread has its replies, quote and useful tip, the member
 * mentioned is notified, and a members-only thread stays members-only. (The same
 * application context as the demo library's test.)
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-library-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("dev")
@Tag("database")
class DiscussionDemoDataTests {

	@Autowired
	private DiscussionDemoData demoData;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theDiscussionsAreLoadedOnStartAndOnlyOnce() {
		assertThat(this.demoData.load()).isFalse();
		assertThat(count("select count(*) from discussion_thread")).isEqualTo(2);
		assertThat(count("select count(*) from discussion_thread where open_to_public")).isEqualTo(1);
		assertThat(count("select count(*) from discussion_post")).isEqualTo(5);
		assertThat(count("select count(*) from discussion_post where useful_tip")).isEqualTo(1);
		assertThat(count("select count(*) from discussion_post where quoted_post_id is not null")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("select count(*) from notification n join person p on p.id = n.recipient_id"
					+ " where n.kind = 'MENTION' and p.email = 'hanne.lievens@kring.example'") == 1);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
