package org.kring.expertise.coverage;

import org.junit.jupiter.api.Test;
import org.kring.system.sql.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matrix page and its CSV issue as many SQL statements with 10 active experts as with
 * 1,000.
 */
class CoverageQueryCountTests extends CoverageTestSupport {

	private static final int AT_MOST = 12;

	@Test
	void statementsDoNotGrowWithTheExperts() throws Exception {
		String[] paths = { path(), "/experts/coverage.csv?community=" + this.community.slug(), "/experts/coverage" };
		this.nominations.nominateMany(this.community.id(), this.bridge.id(), 4);
		int[] few = new int[paths.length];
		for (int i = 0; i < paths.length; i++) {
			count(paths[i]);
			few[i] = count(paths[i]).count();
		}
		this.nominations.nominateMany(this.community.id(), this.passerelles.id(), 990);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from expertise_nomination where community_id = ? and state = 'ACTIVE'", Integer.class,
				this.community.id()))
			.isGreaterThanOrEqualTo(1000);
		for (int i = 0; i < paths.length; i++) {
			SqlStatements.Recorded many = count(paths[i]);
			assertThat(few[i]).as(paths[i]).isBetween(1, AT_MOST);
			assertThat(many.count()).as(paths[i] + ": " + many.describe()).isEqualTo(few[i]);
		}
	}

	private SqlStatements.Recorded count(String path) throws Exception {
		return SqlStatements
			.count(() -> this.mvc.perform(get(path).with(FACILITATOR.signedIn())).andExpect(status().isOk()));
	}

}
