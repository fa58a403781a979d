package org.kring.organisation.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.OrganisationSystemTests;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation pages, the export and the API issue as many SQL statements with 10
 * organisations as with 1,000; the map one fewer at most, when it has too many to draw.
 */
class OrganisationPagesQueryCountTests extends OrganisationSystemTests {

	private static final int AT_MOST = 8;

	private static final RequestPostProcessor MEMBER = TestPrincipal.member("Mina").signedIn();

	@Test
	void statementsDoNotGrowWithTheOrganisations() throws Exception {
		OrganisationSummary first = this.fixtures.add("Counted", OrganisationKind.NGO, "BE", "Antwerp", "education");
		this.fixtures.affiliate(UUID.randomUUID(), first);
		this.fixtures.addMany(9, "BE", "education");
		String[] paths = { "/organisations", "/organisations?country=BE&field=education&q=a", first.path(),
				"/stakeholder-map", "/stakeholder-map?country=BE", "/organisations.csv", "/api/v1/organisations",
				"/api/v1/organisations/" + first.slug() };
		int[] few = new int[paths.length];
		for (int i = 0; i < paths.length; i++) {
			count(paths[i]);
			few[i] = count(paths[i]).count();
		}
		this.fixtures.addMany(990, "BE", "education");
		assertThat(this.jdbc.queryForObject("select count(*) from organisation", Integer.class))
			.isGreaterThanOrEqualTo(1000);
		for (int i = 0; i < paths.length; i++) {
			SqlStatements.Recorded many = count(paths[i]);
			assertThat(few[i]).as(paths[i]).isBetween(1, AT_MOST);
			if (paths[i].startsWith("/stakeholder-map")) {
				// with too many organisations to draw, the network's relations are not
				// read
				assertThat(many.count()).as(paths[i] + ": " + many.describe()).isBetween(few[i] - 1, few[i]);
			}
			else {
				assertThat(many.count()).as(paths[i] + ": " + many.describe()).isEqualTo(few[i]);
			}
		}
	}

	private SqlStatements.Recorded count(String path) throws Exception {
		return SqlStatements.count(() -> this.mvc.perform(get(path).with(MEMBER)).andExpect(status().isOk()));
	}

}
