package org.kring.discussion.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.discussion.DiscussionFixtures;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A thread about a theme of its community's agenda: the form offers the community's open
 * themes only, the thread's page links the theme on the agenda, and a theme of another
 * community or a closed one is refused next to the field with what was typed kept.
 */
class ThreadThemeTests extends MeetingTestSupport {

	private DiscussionFixtures threads;

	@BeforeEach
	void threads() {
		this.threads = new DiscussionFixtures(this.jdbc, this.fixtures);
	}

	@AfterEach
	void deleteThreads() {
		this.threads.deleteAll();
		for (UUID community : this.fixtures.communities()) {
			this.jdbc.update("delete from meeting_theme where community_id = ?", community);
		}
	}

	@Test
	void aThreadIsAboutAnOpenThemeOfItsCommunityOnly() throws Exception {
		TestPrincipal member = member("Mila Member");
		UUID community = community("MEMBERS_ONLY", member("Farida Facilitator"), member);
		UUID elsewhere = community("MEMBERS_ONLY", member("Otto Other"));
		this.threads.settle(community, member);
		UUID housing = theme(community, "Housing for newcomers", "PROPOSED", member);
		UUID declined = theme(community, "Declined idea", "DECLINED", member);
		UUID foreign = theme(elsewhere, "Their theme", "PROPOSED", member);
		String path = "/communities/" + MeetingFixtures.slugOf(community) + "/discussions";

		assertThat(page(path + "/new", member)).contains("<option value=\"" + housing + "\"")
			.doesNotContain(declined.toString())
			.doesNotContain(foreign.toString());
		for (UUID refused : new UUID[] { declined, foreign }) {
			assertThat(post(path + "/new", member, "title", "Rooms", "text", "Who rents rooms?", "theme",
					refused.toString())
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("id=\"theme-error\"")
				.contains("Choose one of the community's open themes.")
				.contains("value=\"Rooms\"")
				.contains(">Who rents rooms?</textarea>");
		}
		post(path + "/new", member, "title", "Rooms", "text", "Who rents rooms?", "theme", housing.toString())
			.andExpect(redirectedUrlPattern(path + "/*"));
		UUID thread = this.jdbc.queryForObject("select id from discussion_thread where theme_id = ?", UUID.class,
				housing);
		assertThat(page(path + "/" + thread, member))
			.contains("About the theme <a href=\"/communities/" + MeetingFixtures.slugOf(community) + "/agenda#theme-"
					+ housing + "\"><bdi>Housing for newcomers</bdi>");
	}

	private UUID theme(UUID community, String title, String state, TestPrincipal by) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into meeting_theme (id, community_id, title, proposed_by, proposed_at, state,"
						+ " support_count, version) values (?, ?, ?, ?, ?, ?, 0, 0)",
				id, community, title, by.id(), Timestamp.from(Instant.now()), state);
		return id;
	}

	private String page(String path, TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
