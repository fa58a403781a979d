package org.kring.meeting.web;

import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.account.PersonalData;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The personal feed: its secret address holds the meetings its owner registered for and
 * nobody else's, works without signing in, and stops working once revoked or replaced.
 */
class PersonalFeedTests extends MeetingTestSupport {

	@Autowired
	List<PersonalData> personalData;

	private CalendarFixtures calendar;

	@BeforeEach
	void calendar() {
		this.calendar = new CalendarFixtures(this.fixtures, this.jdbc);
	}

	@Test
	void theFeedHoldsMyRegistrationsOnlyAndStopsWorkingWhenRevoked() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal anna = member("Anna");
		TestPrincipal bram = member("Bram");
		UUID community = community("MEMBERS_ONLY", facilitator, anna, bram);
		Meeting confirmed = this.fixtures.meeting(community, facilitator, "Anna is in");
		Meeting waiting = this.fixtures.meeting(community, facilitator, "Anna waits");
		Meeting cancelled = this.fixtures.meeting(community, facilitator, "Anna cancelled");
		Meeting brams = this.fixtures.meeting(community, facilitator, "Bram only");
		this.calendar.register(confirmed, anna, "CONFIRMED");
		this.calendar.register(waiting, anna, "WAITING");
		this.calendar.register(cancelled, anna, "CANCELLED");
		this.calendar.register(brams, bram, "CONFIRMED");

		String page = get("/calendar/feed", anna).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("You have no feed address yet.");
		String annasFeed = makeFeed(anna);
		String bramsFeed = makeFeed(bram);

		Calendar feed = CalendarFixtures.parse(fetch(annasFeed));
		assertThat(CalendarFixtures.events(feed)).hasSize(2);
		assertThat(CalendarFixtures.holds(feed, confirmed)).isTrue();
		assertThat(CalendarFixtures.holds(feed, waiting)).isTrue();
		assertThat(CalendarFixtures.holds(feed, cancelled)).isFalse();
		assertThat(CalendarFixtures.holds(feed, brams)).isFalse();
		assertThat(CalendarFixtures.holds(CalendarFixtures.parse(fetch(bramsFeed)), brams)).isTrue();
		assertThat(get("/calendar/feed", anna).andReturn().getResponse().getContentAsString())
			.contains("You made your feed address on")
			.doesNotContain(annasFeed.substring(annasFeed.lastIndexOf('/') + 1));

		String renewed = makeFeed(anna);
		assertThat(renewed).isNotEqualTo(annasFeed);
		get(annasFeed, null).andExpect(status().isNotFound());
		get(renewed, null).andExpect(status().isOk());

		post("/calendar/feed/revoke", anna).andExpect(redirectedUrl("/calendar/feed"));
		get(renewed, null).andExpect(status().isNotFound());
		get(bramsFeed, null).andExpect(status().isOk());
		get("/calendar/feeds/not-a-secret.ics", null).andExpect(status().isNotFound());
	}

	@Test
	void theFeedIsPartOfMyPersonalDataAndErasingRevokesIt() throws Exception {
		TestPrincipal anna = member("Anna");
		PersonalData data = this.personalData.stream()
			.filter((section) -> "calendarFeed".equals(section.section()))
			.findFirst()
			.orElseThrow();
		assertThat(data.export(anna.id())).isEmpty();
		String feed = makeFeed(anna);
		assertThat(data.export(anna.id())).containsKey("feedCreatedAt");

		data.erase(anna.id());

		assertThat(data.export(anna.id())).isEmpty();
		get(feed, null).andExpect(status().isNotFound());
	}

	@Test
	void aVisitorIsSentToTheLoginPage() throws Exception {
		get("/calendar/feed", null).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(MockMvcRequestBuilders.post("/calendar/feed")).andExpect(status().isForbidden());
	}

	/** Makes a new feed address and returns its path. */
	private String makeFeed(TestPrincipal who) throws Exception {
		MvcResult made = post("/calendar/feed", who).andExpect(redirectedUrl("/calendar/feed")).andReturn();
		String address = (String) made.getFlashMap().get("feedAddress");
		assertThat(address).startsWith("http://localhost:8080/calendar/feeds/").endsWith(".ics");
		String path = address.substring("http://localhost:8080".length());
		assertThat(path.length()).isGreaterThan("/calendar/feeds/".length() + 40);
		return path;
	}

	private byte[] fetch(String path) throws Exception {
		return get(path, null).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

}
