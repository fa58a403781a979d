package org.kring.expertise.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.expertise.ExpertSystemTests;
import org.kring.system.sql.SqlStatements;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The finder and the API issue as many SQL statements with 10 profiles as with 1,000, for
 * every kind of reader.
 */
class ExpertFinderQueryCountTests extends ExpertSystemTests {

	private static final int AT_MOST = 12;

	@Test
	void statementsDoNotGrowWithTheProfiles() throws Exception {
		this.experts.addMany(5, this.organisation.id());
		String filtered = "?field=education&language=nl&country=BE&qualification=english&availability=REVIEWER&organisation="
				+ this.organisation.id();
		List<MockHttpServletRequestBuilder> requests = List.of(get("/experts"), get("/experts" + filtered),
				get("/experts" + filtered).with(this.fenna.signedIn()), get("/experts").with(this.bram.signedIn()),
				get("/experts").with(this.administrator.signedIn()), get("/api/v1/experts"),
				get("/api/v1/experts" + filtered));
		int[] few = new int[requests.size()];
		for (int i = 0; i < requests.size(); i++) {
			count(requests.get(i));
			few[i] = count(requests.get(i)).count();
		}
		this.experts.addMany(995, this.organisation.id());
		assertThat(this.jdbc.queryForObject("select count(*) from expertise_profile", Integer.class))
			.isGreaterThanOrEqualTo(1000);
		for (int i = 0; i < requests.size(); i++) {
			SqlStatements.Recorded many = count(requests.get(i));
			assertThat(few[i]).as("request %d", i).isBetween(1, AT_MOST);
			assertThat(many.count()).as("request %d: %s", i, many.describe()).isEqualTo(few[i]);
		}
		// a later page of many takes as many statements as the first
		SqlStatements.Recorded later = count(get("/experts" + filtered + "&page=40").with(this.fenna.signedIn()));
		assertThat(later.count()).as(later.describe()).isEqualTo(few[2]);
	}

	private SqlStatements.Recorded count(MockHttpServletRequestBuilder request) throws Exception {
		return SqlStatements.count(() -> this.mvc.perform(request).andExpect(status().isOk()));
	}

}
