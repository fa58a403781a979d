package org.kring.meeting.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingCancelled;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingState;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RecordApplicationEvents
class MeetingPlanPagesTests extends MeetingTestSupport {

	@Autowired
	ApplicationEvents events;

	private TestPrincipal facilitator;

	private TestPrincipal member;

	private TestPrincipal outsider;

	private TestPrincipal administrator;

	private UUID community;

	private String slug;

	@BeforeEach
	void people() {
		this.facilitator = member("Farida");
		this.member = member("Milan");
		this.outsider = member("Olga");
		this.administrator = administrator("Ada");
		this.community = community("MEMBERS_ONLY", this.facilitator, this.member);
		this.slug = MeetingFixtures.slugOf(this.community);
	}

	@Test
	void readersSeeTheMeetingsAndOnlyPlannersThePlanningButtons() throws Exception {
		this.fixtures.meeting(this.community, this.facilitator, "Rent allowances in practice");
		String path = "/communities/" + this.slug + "/meetings";

		assertThat(page(path, this.facilitator)).contains("Rent allowances in practice")
			.contains(path + "/new")
			.contains("/communities/" + this.slug + "/series/new");
		assertThat(page(path, this.administrator)).contains(path + "/new");
		assertThat(page(path, this.member)).contains("Rent allowances in practice")
			.doesNotContain(path + "/new")
			.doesNotContain("/series/new");
		get(path, this.outsider).andExpect(status().isNotFound());
		get(path, null).andExpect(status().isNotFound());
		get("/communities/no-such-community/meetings", this.facilitator).andExpect(status().isNotFound());
	}

	@Test
	void onlyPlannersOpenThePlanningPages() throws Exception {
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "Rent allowances in practice");
		String series = startSeries();
		for (String path : new String[] { "/communities/" + this.slug + "/meetings/new",
				"/communities/" + this.slug + "/series/new", series, "/meetings/" + meeting.id() + "/edit",
				"/meetings/" + meeting.id() + "/cancel" }) {
			get(path, this.facilitator).andExpect(status().isOk());
			get(path, this.administrator).andExpect(status().isOk());
			get(path, this.member).andExpect(status().isForbidden());
			get(path, this.outsider).andExpect(status().isNotFound());
			get(path, null).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		post("/meetings/" + meeting.id() + "/cancel", this.member).andExpect(status().isForbidden());
		post("/meetings/" + meeting.id() + "/cancel", this.outsider).andExpect(status().isNotFound());
		post("/communities/" + this.slug + "/meetings/new", this.member, "title", "Mine")
			.andExpect(status().isForbidden());
		get("/series/" + UUID.randomUUID(), this.facilitator).andExpect(status().isNotFound());
		get("/meetings/not-an-id/edit", this.facilitator).andExpect(status().isNotFound());
	}

	@Test
	void aMeetingsOwnFacilitatorChangesItButDoesNotPlanTheCommunity() throws Exception {
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "Rent allowances in practice");
		post("/meetings/" + meeting.id() + "/edit", this.facilitator,
				meetingFields("Rent allowances in practice", "facilitator", this.member.id().toString()))
			.andExpect(status().is3xxRedirection());

		get("/meetings/" + meeting.id() + "/edit", this.member).andExpect(status().isOk());
		assertThat(page("/meetings/" + meeting.id(), this.member)).contains("/meetings/" + meeting.id() + "/cancel");
		get("/communities/" + this.slug + "/meetings/new", this.member).andExpect(status().isForbidden());
		assertThat(this.meetings.findById(meeting.id()).orElseThrow().sequence()).isEqualTo(1);
	}

	@Test
	void aPlannerSchedulesAMeetingWithSpeakersAndChangesIt() throws Exception {
		String location = post("/communities/" + this.slug + "/meetings/new", this.facilitator,
				meetingFields("Family reunification", "speakerName", "Ines Verhulst", "speakerRole", "lawyer",
						"speakerOrganisation", "Rights Centre", "speakerBio", "Works on migration law.", "question",
						"DIETARY", "publicMeeting", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).startsWith("/meetings/");
		String shown = page(location, null);
		assertThat(shown).contains("Family reunification").contains("Ines Verhulst").contains("Rights Centre");
		assertThat(page(location + "/edit", this.facilitator)).contains("value=\"Ines Verhulst\"")
			.contains("value=\"Europe/Brussels\"");
	}

	@Test
	void badMeetingInputIsRefusedNextToTheFieldWithEverythingKept() throws Exception {
		String path = "/communities/" + this.slug + "/meetings/new";
		refused(path, meetingFields("Evening", "endTime", "18:00"), "endTime", "must end after it starts");
		refused(path, meetingFields("Evening", "timeZone", "Europe/Gent"), "timeZone", "no such time zone");
		refused(path, meetingFields("Evening", "capacity", "0"), "capacity", "at least 1");
		refused(path, meetingFields("Evening", "capacity", "-3"), "capacity", "at least 1");
		refused(path, meetingFields("Evening", "registrationOpens", "2030-02-10T10:00", "registrationCloses",
				"2030-02-01T10:00"), "registrationCloses", "close after it opens");
		refused(path, meetingFields("Evening", "speakerName", "", "speakerRole", "lawyer"), "speakerName-0",
				"speaker’s name");
		refused(path, meetingFields("Evening", "onlineLink", "javascript:alert(1)"), "onlineLink",
				"starting with http");
		refused(path, meetingFields(""), "title", "fill this in");
		refused(path, meetingFields("x".repeat(201)), "title", "too long");
		assertThat(this.meetings.findAll()).noneMatch((meeting) -> meeting.communityId().equals(this.community));
	}

	@Test
	void badSeriesInputIsRefusedNextToTheField() throws Exception {
		String path = "/communities/" + this.slug + "/series/new";
		refused(path, seriesFields("interval", "0"), "interval", "1 to 24");
		refused(path, seriesFields("untilDate", LocalDate.now().minusMonths(1).toString()), "untilDate", "never meets");
		refused(path, seriesFields("timeZone", "Mars/Olympus"), "timeZone", "no such time zone");
		refused(path, seriesFields("capacity", "0"), "capacity", "at least 1");
		refused(path, seriesFields("onlineLink", "ftp://example.org/room"), "onlineLink", "starting with http");
		refused(path, seriesFields("title", ""), "title", "fill this in");
	}

	@Test
	void aPlannerStartsASeriesAndChangesItForTheUpcomingMeetings() throws Exception {
		String series = startSeries();
		String shown = page(series, this.facilitator);
		assertThat(shown).contains("Second Tuesdays").contains("/meetings/");
		long generated = this.meetings.findAll()
			.stream()
			.filter((meeting) -> meeting.communityId().equals(this.community))
			.count();
		assertThat(generated).isBetween(6L, 7L);

		post(series, this.facilitator, seriesFields("title", "Tuesday circle", "apply", "UPCOMING"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.meetings.findAll()
			.stream()
			.filter((meeting) -> meeting.communityId().equals(this.community))
			.filter((meeting) -> meeting.state() == MeetingState.SCHEDULED)).hasSize((int) generated)
			.allSatisfy((meeting) -> assertThat(meeting.title()).isEqualTo("Tuesday circle"));
	}

	@Test
	void cancellingAMeetingPublishesTheEventAndShowsIt() throws Exception {
		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "Rent allowances in practice");

		post("/meetings/" + meeting.id() + "/cancel", this.facilitator, "reason", "The room is flooded")
			.andExpect(status().is3xxRedirection());

		assertThat(page("/meetings/" + meeting.id(), this.member)).contains("This meeting was cancelled")
			.contains("The room is flooded");
		assertThat(this.events.stream(MeetingCancelled.class)).singleElement()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo("The room is flooded"));
		get("/meetings/" + meeting.id() + "/cancel", this.facilitator).andExpect(status().isConflict());
		post("/meetings/" + meeting.id() + "/cancel", this.facilitator).andExpect(status().isConflict());
	}

	@Test
	void theCommunityPageShowsTheNextMeetingsAndTheMeetingPageTheToolsToFacilitators() throws Exception {
		for (int i = 1; i <= 4; i++) {
			this.fixtures.meeting(this.community, this.facilitator,
					MeetingFixtures.details("Evening " + i, i * 7, 20, false));
		}
		String communityPage = page("/communities/" + this.slug, this.member);
		assertThat(communityPage).contains("Evening 1")
			.contains("Evening 3")
			.doesNotContain("Evening 4")
			.contains("/communities/" + this.slug + "/meetings");

		Meeting meeting = this.fixtures.meeting(this.community, this.facilitator, "Rent allowances in practice");
		assertThat(page("/meetings/" + meeting.id(), this.facilitator)).contains("Facilitator tools")
			.contains("/meetings/" + meeting.id() + "/edit");
		assertThat(page("/meetings/" + meeting.id(), this.member)).doesNotContain("Facilitator tools")
			.doesNotContain("/edit");
	}

	@Test
	void theMeetingsPageTakesAsManyQueriesForAHundredMeetingsAsForTen() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.fixtures.meeting(this.community, this.facilitator,
					MeetingFixtures.details("Evening " + i, i - 5, 20, false));
		}
		SqlStatements.Recorded ten = count();
		for (int i = 10; i < 100; i++) {
			this.fixtures.meeting(this.community, this.facilitator,
					MeetingFixtures.details("Evening " + i, i - 50, 20, false));
		}
		SqlStatements.Recorded hundred = count();
		assertThat(ten.count()).as(ten::describe).isBetween(1, 12);
		assertThat(hundred.count()).as(hundred::describe).isEqualTo(ten.count());
	}

	private SqlStatements.Recorded count() throws Exception {
		return SqlStatements
			.count(() -> get("/communities/" + this.slug + "/meetings", this.facilitator).andExpect(status().isOk()));
	}

	private String startSeries() throws Exception {
		return post("/communities/" + this.slug + "/series/new", this.facilitator, seriesFields())
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private void refused(String path, String[] fields, String field, String message) throws Exception {
		String body = post(path, this.facilitator, fields).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("id=\"" + field + "-error\"").contains(message);
		for (int i = 0; i + 1 < fields.length; i += 2) {
			if (!fields[i + 1].isEmpty() && !fields[i].equals("apply")) {
				assertThat(body).as(fields[i]).contains(escaped(fields[i + 1]));
			}
		}
	}

	private static String escaped(String value) {
		return value.replace("&", "&amp;").replace("\"", "&#34;").replace("<", "&lt;").replace("'", "&#39;");
	}

	private String page(String path, TestPrincipal who) throws Exception {
		return get(path, who).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String[] meetingFields(String title, String... more) {
		String date = LocalDate.now().plusDays(10).toString();
		return merge(new String[] { "title", title, "theme", "Housing", "description", "We look at rent.", "startDate",
				date, "startTime", "19:30", "endDate", date, "endTime", "21:30", "timeZone", "Europe/Brussels",
				"format", "IN_PERSON", "address", "Stationsstraat 1, Gent", "room", "Zaal 2", "capacity", "20",
				"reminderHours", "48" }, more);
	}

	private static String[] seriesFields(String... more) {
		return merge(new String[] { "title", "Second Tuesdays", "description", "We meet.", "frequency", "MONTHLY",
				"interval", "2", "monthlyBy", "WEEKDAY", "weekday", "TUESDAY", "weekOfMonth", "2", "firstDate",
				LocalDate.now().toString(), "startTime", "19:30", "timeZone", "Europe/Brussels", "durationMinutes",
				"120", "format", "IN_PERSON", "address", "Stationsstraat 1, Gent", "capacity", "20", "reminderHours",
				"48", "apply", "NEW" }, more);
	}

	/** The base fields with those given replacing or joining them. */
	private static String[] merge(String[] base, String[] more) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < base.length; i += 2) {
			fields.put(base[i], base[i + 1]);
		}
		java.util.List<String> extra = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < more.length; i += 2) {
			if (fields.containsKey(more[i])) {
				fields.put(more[i], more[i + 1]);
			}
			else {
				extra.add(more[i]);
				extra.add(more[i + 1]);
			}
		}
		java.util.List<String> all = new java.util.ArrayList<>();
		fields.forEach((name, value) -> {
			all.add(name);
			all.add(value);
		});
		all.addAll(extra);
		return all.toArray(String[]::new);
	}

}
