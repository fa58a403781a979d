package org.kring.meeting.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meetings API answers what a visitor sees, page by page, whoever asks, without
 * online links, and answers bad parameters with problem details.
 */
class MeetingApiTests extends MeetingTestSupport {

	private CalendarFixtures calendar;

	@BeforeEach
	void calendar() {
		this.calendar = new CalendarFixtures(this.fixtures, this.jdbc);
	}

	@Test
	void aPublicCommunitysMeetingsComePageByPageWithTheirFields() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("PUBLIC", facilitator);
		Meeting first = this.calendar.meetingAt(community, facilitator, "First",
				LocalDate.now().plusDays(3).atTime(19, 30), MeetingFixtures.BRUSSELS, false);
		this.calendar.meetingAt(community, facilitator, "Second", LocalDate.now().plusDays(4).atTime(19, 30),
				MeetingFixtures.BRUSSELS, false);
		Meeting third = this.calendar.meetingAt(community, facilitator, "Third",
				LocalDate.now().plusDays(5).atTime(19, 30), MeetingFixtures.BRUSSELS, false);
		String slug = MeetingFixtures.slugOf(community);

		get("/api/v1/meetings?size=2&page=2&community=" + slug, member("Milan")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(third.id().toString()))
			.andExpect(content().string(not(containsString(CalendarFixtures.ONLINE_LINK))));
		get("/api/v1/meetings/" + first.id(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("First"))
			.andExpect(jsonPath("$.theme").value("Housing and income"))
			.andExpect(jsonPath("$.community.slug").value(slug))
			.andExpect(jsonPath("$.start").value(first.start().toOffsetDateTime().toString()))
			.andExpect(jsonPath("$.end").value(first.end().toOffsetDateTime().toString()))
			.andExpect(jsonPath("$.timeZone").value("Europe/Brussels"))
			.andExpect(jsonPath("$.format").value("hybrid"))
			.andExpect(jsonPath("$.place.address").value("Stationsstraat 1, Gent"))
			.andExpect(jsonPath("$.place.room").value("Zaal 2"))
			.andExpect(jsonPath("$.capacity").value(30))
			.andExpect(jsonPath("$.status").value("scheduled"))
			.andExpect(jsonPath("$.url").value("http://localhost:8080/meetings/" + first.id()))
			.andExpect(jsonPath("$.icsUrl").value("http://localhost:8080/meetings/" + first.id() + ".ics"))
			.andExpect(content().string(not(containsString(CalendarFixtures.ONLINE_LINK))));

		String day = LocalDate.now().plusDays(4).toString();
		get("/api/v1/meetings?community=" + slug + "&from=" + day + "&to=" + day, null)
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Second"));
	}

	@Test
	void membersOnlyAndSecretMeetingsStayOutWhileAPublicSeminarShowsWithoutItsCommunity() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID closed = community("MEMBERS_ONLY", facilitator, member);
		UUID secret = community("SECRET", facilitator, member);
		Meeting members = this.fixtures.meeting(closed, facilitator, "Members evening");
		Meeting seminar = this.fixtures.meeting(secret, facilitator,
				MeetingFixtures.details("Public seminar", 9, 100, true));

		get("/api/v1/meetings/" + members.id(), member).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		get("/api/v1/meetings/" + seminar.id(), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.community").doesNotExist())
			.andExpect(content().string(not(containsString(MeetingFixtures.slugOf(secret)))));
		get("/api/v1/meetings?community=" + MeetingFixtures.slugOf(closed), member).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		get("/api/v1/meetings?community=" + MeetingFixtures.slugOf(secret), member).andExpect(status().isNotFound());
		String listed = get("/api/v1/meetings?size=100&to=" + LocalDate.now().plusDays(30), member)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(listed)
			.contains(seminar.id().toString())
			.doesNotContain(members.id().toString());
		get("/api/v1/meetings/not-an-id", null).andExpect(status().isNotFound());
	}

	@Test
	void badParametersAreProblems() throws Exception {
		get("/api/v1/meetings?from=tomorrow", null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("from"))
			.andExpect(jsonPath("$.detail").value("The parameter 'from' must be a date as YYYY-MM-DD"));
		get("/api/v1/meetings?to=2026-13-01", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
		get("/api/v1/meetings?from=2026-05-02&to=2026-05-01", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
		get("/api/v1/meetings?page=0", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("page"));
		get("/api/v1/meetings?size=101", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
		get("/api/v1/meetings?community=no-such-community", null).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no public community at 'no-such-community'"));
	}

}
