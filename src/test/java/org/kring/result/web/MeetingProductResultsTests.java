package org.kring.result.web;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.closing.ClosingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.result.ResultTestSupport;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A closed meeting's page links each product to what it became, as far as the reader may
 * follow: the community's readers to the action, the toolbox and the legislation test,
 * its members also to the signal while it is a draft; a visitor of a public meeting of a
 * members-only community to none of them.
 */
class MeetingProductResultsTests extends ResultTestSupport {

	@Test
	void aClosedMeetingsProductsLinkToTheirResultsForWhoMayReadThem() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting meeting = this.fixtures.meeting(community, facilitator, ClosingFixtures.started("Rent", true));
		post("/meetings/" + meeting.id() + "/close", facilitator, "minutes", "We agreed.", "rows", "4", "kind-0",
				"JOINT_SIGNAL", "title-0", "Signal on waiting times", "authority-0", "City of Gent", "kind-1",
				"ACTION_PROPOSAL", "title-1", "Visit the office", "kind-2", "TOOL", "title-2", "Checklist", "kind-3",
				"LEGISLATION_TEST", "title-3", "Test of the rent rule", "rule-3", "Article 12")
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10)).until(() -> results(meeting.id()) == 4);
		UUID signal = id("result_signal", meeting.id());
		UUID action = id("result_action", meeting.id());
		UUID test = id("result_legislation_test", meeting.id());
		String path = "/meetings/" + meeting.id();

		assertThat(page(path, member)).contains("href=\"/signals/" + signal + "\"")
			.contains("href=\"/actions/" + action + "\"")
			.contains("href=\"/communities/" + MeetingFixtures.slugOf(community) + "/tools\"")
			.contains("href=\"/legislation-tests/" + test + "\"")
			.contains("What became of it<span class=\"visually-hidden\">: <bdi>Visit the office</bdi></span>");
		assertThat(page(path, null)).contains("Visit the office").doesNotContain("What became of it");
		assertThat(page(path, member("Olga"))).contains("Visit the office").doesNotContain("What became of it");
	}

	private int results(UUID meeting) {
		return this.jdbc.queryForObject(
				"select (select count(*) from result_signal where meeting_id = ?)"
						+ " + (select count(*) from result_action where meeting_id = ?)"
						+ " + (select count(*) from result_tool where meeting_id = ?)"
						+ " + (select count(*) from result_legislation_test where meeting_id = ?)",
				Integer.class, meeting, meeting, meeting, meeting);
	}

	private UUID id(String table, UUID meeting) {
		return this.jdbc.queryForObject("select id from " + table + " where meeting_id = ?", UUID.class, meeting);
	}

	private String page(String path, TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
