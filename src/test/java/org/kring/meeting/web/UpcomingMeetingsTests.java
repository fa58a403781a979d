package org.kring.meeting.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UpcomingMeetingsTests extends MeetingTestSupport {

	@Test
	void theHomePageListsPublicMeetingsAndThoseOfPublicCommunitiesOnly() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID closed = community("MEMBERS_ONLY", facilitator);
		UUID open = community("PUBLIC", facilitator);
		Meeting seminar = this.fixtures.meeting(closed, facilitator,
				MeetingFixtures.details("Seminar for everyone " + UUID.randomUUID(), 2, 50, true));
		Meeting internal = this.fixtures.meeting(closed, facilitator,
				MeetingFixtures.details("Members only evening " + UUID.randomUUID(), 1, 20, false));
		Meeting network = this.fixtures.meeting(open, facilitator,
				MeetingFixtures.details("Open network evening " + UUID.randomUUID(), 1, 20, false));
		Meeting cancelled = this.fixtures.meeting(open, facilitator,
				MeetingFixtures.details("Called off evening " + UUID.randomUUID(), 1, 20, true));
		cancelled.cancel(null, java.time.Instant.now());
		this.meetings.save(cancelled);

		String home = get("/", null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(home).contains(network.title(), "/meetings/" + network.id(),
				"Network " + open.toString().substring(0, 6));
		assertThat(home).doesNotContain(internal.title(), cancelled.title());
		assertThat(home).as("other tests' public meetings may come sooner; this one is listed unless five do")
			.satisfiesAnyOf((page) -> assertThat(page).contains(seminar.title()),
					(page) -> assertThat(page.split("href=\"/meetings/", -1)).hasSizeGreaterThan(5));
		assertThat(home).doesNotContain("Network " + closed.toString().substring(0, 6));
	}

}
