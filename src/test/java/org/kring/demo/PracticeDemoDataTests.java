package org.kring.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo practices: published ones from six countries in four languages, one waiting
 * for reviewers and one draft, loaded once and listed for visitors.
 */
@SpringBootTest(properties = "kring.db.url=jdbc:h2:mem:kring-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("dev")
@Tag("database")
class PracticeDemoDataTests {

	@Autowired
	private PracticeDemoData demoData;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void thePracticesAreLoadedOnStartAndOnlyOnceInSixCountriesAndFourLanguagesThreeOfThemEvaluated() throws Exception {
		int practices = count("select count(*) from practice");
		assertThat(this.demoData.load()).as("loaded on start, and only once").isFalse();
		assertThat(count("select count(*) from practice")).isEqualTo(practices);
		assertThat(count("select count(distinct country) from practice where state = 'PUBLISHED'")).isEqualTo(6);
		assertThat(count("select count(distinct language) from practice where state = 'PUBLISHED'")).isEqualTo(4);
		assertThat(count("select count(*) from practice where state = 'SUBMITTED'")).isGreaterThanOrEqualTo(1);
		assertThat(count("select count(*) from practice where state = 'DRAFT'")).isGreaterThanOrEqualTo(1);
		assertThat(count("select count(distinct r.practice_id) from practice_review r join practice p"
				+ " on p.id = r.practice_id where p.state = 'PUBLISHED' and r.submitted_at is not null"))
			.as("published practices with handed-in reviews")
			.isEqualTo(3);
		String list = this.mvc.perform(MockMvcRequestBuilders.get("/practices"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Taalcafé in de bibliotheek").doesNotContain("Repair café as a meeting place");
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
