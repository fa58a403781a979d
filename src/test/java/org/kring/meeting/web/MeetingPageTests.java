package org.kring.meeting.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeetingPageTests extends MeetingTestSupport {

	@Test
	void membersSeeAMeetingOfTheirMembersOnlyCommunityAndOthersGetNotFound() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		TestPrincipal outsider = member("Olga");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting meeting = this.fixtures.meeting(community, facilitator, "Rent allowances in practice");

		String page = get("/meetings/" + meeting.id(), member).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Rent allowances in practice")
			.contains("Stationsstraat 1, Gent")
			.contains("Central European")
			.contains("/communities/" + MeetingFixtures.slugOf(community));

		get("/meetings/" + meeting.id(), outsider).andExpect(status().isNotFound());
		get("/meetings/" + meeting.id(), null).andExpect(status().isNotFound());
		get("/meetings/" + UUID.randomUUID(), member).andExpect(status().isNotFound());
		get("/meetings/not-an-id", member).andExpect(status().isNotFound());
	}

	@Test
	void aPublicMeetingOfASecretCommunityIsSeenByAnyoneWithoutNamingTheCommunity() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("SECRET", facilitator);
		Meeting meeting = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Open seminar on family reunification", 20, 100, true));

		String page = get("/meetings/" + meeting.id(), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Open seminar on family reunification")
			.doesNotContain(MeetingFixtures.slugOf(community));
	}

}
