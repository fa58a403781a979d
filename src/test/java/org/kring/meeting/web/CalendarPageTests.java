package org.kring.meeting.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /calendar}: who sees which meetings, the filters, the list and month views, bad
 * filters, and a number of SQL statements that does not grow with the meetings.
 */
class CalendarPageTests extends MeetingTestSupport {

	private CalendarFixtures calendar;

	@BeforeEach
	void calendar() {
		this.calendar = new CalendarFixtures(this.fixtures, this.jdbc);
	}

	@Test
	void visitorsSeePublicMeetingsAndMembersAlsoTheirCommunities() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID open = community("PUBLIC", facilitator);
		UUID closed = community("MEMBERS_ONLY", facilitator, member);
		UUID secret = community("SECRET", facilitator);
		Meeting openMeeting = this.calendar.meeting(open, facilitator, "Open network evening", 3, "Rent", false);
		Meeting membersMeeting = this.calendar.meeting(closed, facilitator, "Members evening", 4, "Rent", false);
		Meeting seminar = this.calendar.meeting(secret, facilitator, "Public seminar", 5, "Rent", true);
		Meeting hidden = this.calendar.meeting(secret, facilitator, "Hidden gathering", 6, "Rent", false);

		String visitor = page("/calendar?theme=rent", null, 200);
		assertThat(visitor).contains(openMeeting.title(), seminar.title())
			.doesNotContain(membersMeeting.title(), hidden.title(), MeetingFixtures.slugOf(secret),
					MeetingFixtures.slugOf(closed));
		String asMember = page("/calendar?theme=rent", member, 200);
		assertThat(asMember).contains(openMeeting.title(), seminar.title(), membersMeeting.title())
			.doesNotContain(hidden.title());
		String outsider = page("/calendar?theme=rent", member("Olga"), 200);
		assertThat(outsider).doesNotContain(membersMeeting.title(), hidden.title());
		assertThat(page("/calendar?theme=rent", administrator("Ada"), 200)).contains(hidden.title());
		assertThat(page("/calendar?theme=%25", member, 200)).doesNotContain(openMeeting.title());
	}

	@Test
	void theFiltersNarrowByCommunityThemeAndRegionAndAreKeptAcrossViews() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID ghent = community("PUBLIC", facilitator);
		UUID lisbon = community("PUBLIC", facilitator);
		this.calendar.place(ghent, "BE", "Oost-Vlaanderen");
		this.calendar.place(lisbon, "PT", "");
		Meeting housing = this.calendar.meeting(ghent, facilitator, "Ghent housing", 3, "Social Housing", false);
		Meeting health = this.calendar.meeting(ghent, facilitator, "Ghent health", 4, "Health care", false);
		Meeting lisboa = this.calendar.meeting(lisbon, facilitator, "Lisbon housing", 5, "Housing", false);
		String ghentSlug = MeetingFixtures.slugOf(ghent);

		assertThat(page("/calendar?community=" + ghentSlug, null, 200)).contains(housing.title(), health.title())
			.doesNotContain(lisboa.title());
		assertThat(page("/calendar?theme=HOUSING", null, 200)).contains(housing.title(), lisboa.title())
			.doesNotContain(health.title());
		assertThat(page("/calendar?region=PT", null, 200)).contains(lisboa.title()).doesNotContain(housing.title());
		assertThat(page("/calendar?region=BE:Oost-Vlaanderen&theme=health", null, 200)).contains(health.title())
			.doesNotContain(housing.title(), lisboa.title());

		YearMonth month = YearMonth.from(housing.start());
		String monthView = page("/calendar?view=month&month=" + month + "&community=" + ghentSlug, null, 200);
		assertThat(monthView).contains("<table", "/meetings/" + housing.id())
			.contains("href=\"/calendar?view=month&amp;month=" + month.plusMonths(1) + "&amp;community=" + ghentSlug
					+ "\"")
			.contains("href=\"/calendar?view=month&amp;month=" + month.minusMonths(1) + "&amp;community=" + ghentSlug
					+ "\"")
			.contains("href=\"/calendar?community=" + ghentSlug + "\"")
			.doesNotContain("/meetings/" + lisboa.id());

		assertThat(page("/calendar?view=month&month=December", null, 422))
			.contains("Enter a month as year and month, such as 2026-12.")
			.contains("value=\"December\"");
		assertThat(page("/calendar?community=no-such-community", null, 422))
			.contains("Choose a community from the list.");
		assertThat(page("/calendar?region=XX", null, 422)).contains("Choose a region from the list.");
	}

	@Test
	void theListIsPaginatedWithTheFiltersKept() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("PUBLIC", facilitator);
		insertMeetings(community, facilitator, 45);
		String slug = MeetingFixtures.slugOf(community);

		String first = page("/calendar?community=" + slug, null, 200);
		assertThat(first).contains("Upcoming meetings: 45", "Page 1 of 3")
			.contains("href=\"/calendar?community=" + slug + "&amp;page=2\"");
		String last = page("/calendar?community=" + slug + "&page=3", null, 200);
		assertThat(last).contains("Page 3 of 3", "Generated meeting 44").doesNotContain("Generated meeting 1<");
	}

	@Test
	void theCalendarAndThePublicFileReadAsManyStatementsForAFewMeetingsAsForTwoHundred() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		UUID community = community("PUBLIC", facilitator, member);
		// more than a page of the list, so that both counts page with a count query
		insertMeetings(community, facilitator, CalendarController.PAGE_SIZE + 5);
		YearMonth month = YearMonth.now(MeetingFixtures.BRUSSELS).plusMonths(1);
		List<String> paths = List.of("/calendar", "/calendar?view=month&month=" + month, "/calendar.ics");
		List<Integer> few = counts(paths, member);
		List<Integer> fewVisitor = counts(paths, null);
		insertMeetings(community, facilitator, 175);
		assertThat(counts(paths, member)).isEqualTo(few);
		assertThat(counts(paths, null)).isEqualTo(fewVisitor);
		assertThat(few).allSatisfy((count) -> assertThat(count).isBetween(1, 12));
	}

	private List<Integer> counts(List<String> paths, TestPrincipal who) throws Exception {
		return paths.stream().map((path) -> {
			try {
				SqlStatements.Recorded recorded = SqlStatements.count(() -> get(path, who).andExpect(status().isOk()));
				return recorded.count();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private String page(String path, TestPrincipal who, int status) throws Exception {
		return get(path, who).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	/** Meetings a day apart from tomorrow on, each at 19:30 in Brussels, in one batch. */
	private void insertMeetings(UUID community, TestPrincipal by, int count) {
		Integer already = this.jdbc.queryForObject("select count(*) from meeting where community_id = ?", Integer.class,
				community);
		ZonedDateTime tomorrow = ZonedDateTime.now(MeetingFixtures.BRUSSELS)
			.plusDays(1)
			.withHour(19)
			.withMinute(30)
			.withSecond(0)
			.withNano(0);
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate("insert into meeting (id, community_id, title, theme, starts_at, ends_at, time_zone,"
				+ " format, address, public_meeting, state, reminder_minutes, created_by, created_at, updated_at)"
				+ " values (?, ?, ?, 'Generated', ?, ?, 'Europe/Brussels', 'IN_PERSON', 'Stationsstraat 1, Gent',"
				+ " false, 'SCHEDULED', 2880, ?, ?, ?)", IntStream.range(already, already + count).mapToObj((i) -> {
					ZonedDateTime start = tomorrow.plusDays(i);
					return new Object[] { UUID.randomUUID(), community, "Generated meeting " + i,
							Timestamp.from(start.toInstant()), Timestamp.from(start.plusHours(2).toInstant()), by.id(),
							now, now };
				}).toList());
	}

}
