package org.kring.meeting.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.meeting.internal.Meeting;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar files, read back with ical4j field by field: one meeting, a community's
 * meetings and all public meetings; who gets which, and that none holds an online link.
 */
class CalendarFileTests extends MeetingTestSupport {

	private static final ZoneId BRUSSELS = MeetingFixtures.BRUSSELS;

	private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

	@Autowired
	PlatformTransactionManager transactions;

	private CalendarFixtures calendar;

	@BeforeEach
	void calendar() {
		this.calendar = new CalendarFixtures(this.fixtures, this.jdbc);
	}

	@Test
	void thePublicCalendarHoldsEachMeetingInItsZoneAcrossTheDaylightSavingChange() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("PUBLIC", facilitator);
		int year = java.time.Year.now().getValue() + 1;
		Meeting winter = this.calendar.meetingAt(community, facilitator, "Before the change",
				LocalDateTime.of(year, 3, 23, 19, 30), BRUSSELS, false);
		Meeting summer = this.calendar.meetingAt(community, facilitator, "After the change",
				LocalDateTime.of(year, 4, 6, 19, 30), BRUSSELS, false);
		Meeting lisbon = this.calendar.meetingAt(community, facilitator, "In Lisbon",
				LocalDateTime.of(year, 4, 7, 18, 0), LISBON, false);

		MockHttpServletResponse response = get("/calendar.ics", null).andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline").contains(".ics");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=300");
		assertThat(response.getHeader(HttpHeaders.ETAG)).isNotBlank();
		assertThat(response.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(response.getContentAsString()).doesNotContain(CalendarFixtures.ONLINE_LINK);
		Calendar file = CalendarFixtures.parse(response.getContentAsByteArray());
		assertThat(file.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		assertThat(file.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
		List<String> zones = file.<VTimeZone>getComponents("VTIMEZONE")
			.stream()
			.map((zone) -> zone.getProperty(Property.TZID).orElseThrow().getValue())
			.toList();
		assertThat(zones).contains("Europe/Brussels", "Europe/Lisbon").doesNotHaveDuplicates();

		VEvent before = CalendarFixtures.event(file, winter);
		assertThat(CalendarFixtures.value(before, Property.DTSTART)).isEqualTo(year + "0323T193000");
		assertThat(CalendarFixtures.tzid(before, Property.DTSTART)).isEqualTo("Europe/Brussels");
		assertThat(CalendarFixtures.value(before, Property.DTEND)).isEqualTo(year + "0323T213000");
		VEvent after = CalendarFixtures.event(file, summer);
		assertThat(CalendarFixtures.value(after, Property.DTSTART)).isEqualTo(year + "0406T193000");
		assertThat(CalendarFixtures.tzid(after, Property.DTSTART)).isEqualTo("Europe/Brussels");
		assertThat(CalendarFixtures.value(after, Property.SUMMARY)).isEqualTo("After the change");
		assertThat(CalendarFixtures.value(after, Property.UID)).isEqualTo("meeting-" + summer.id() + "@localhost");
		assertThat(CalendarFixtures.value(after, Property.SEQUENCE)).isEqualTo("0");
		assertThat(CalendarFixtures.value(after, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(CalendarFixtures.value(after, Property.LOCATION)).isEqualTo("Stationsstraat 1, Gent, Zaal 2");
		assertThat(CalendarFixtures.value(after, Property.URL)).endsWith("/meetings/" + summer.id());
		VEvent abroad = CalendarFixtures.event(file, lisbon);
		assertThat(CalendarFixtures.value(abroad, Property.DTSTART)).isEqualTo(year + "0407T180000");
		assertThat(CalendarFixtures.tzid(abroad, Property.DTSTART)).isEqualTo("Europe/Lisbon");
	}

	@Test
	void aChangeRaisesTheSequenceAndACancelledMeetingStaysInTheCommunityCalendar() throws Exception {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal member = member("Milan");
		TestPrincipal outsider = member("Olga");
		UUID community = community("MEMBERS_ONLY", facilitator, member);
		Meeting changed = this.fixtures.meeting(community, facilitator, "Rent allowances");
		Meeting cancelled = this.fixtures.meeting(community, facilitator, "Called off");
		Meeting recent = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Last month", -30, 20, false));
		Meeting old = this.fixtures.meeting(community, facilitator,
				MeetingFixtures.details("Half a year ago", -180, 20, false));
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			Meeting meeting = this.meetings.findById(changed.id()).orElseThrow();
			meeting.change(MeetingFixtures.details("Rent allowances, moved", 15, 20, false), Instant.now());
			this.meetings.findById(cancelled.id()).orElseThrow().cancel("The room is flooded", Instant.now());
		});
		String path = "/communities/" + MeetingFixtures.slugOf(community) + "/calendar.ics";

		MockHttpServletResponse response = get(path, member).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("private");
		Calendar file = CalendarFixtures.parse(response.getContentAsByteArray());
		assertThat(CalendarFixtures.events(file)).hasSize(3);
		VEvent moved = CalendarFixtures.event(file, changed);
		assertThat(CalendarFixtures.value(moved, Property.SEQUENCE)).isEqualTo("1");
		assertThat(CalendarFixtures.value(moved, Property.SUMMARY)).isEqualTo("Rent allowances, moved");
		VEvent off = CalendarFixtures.event(file, cancelled);
		assertThat(CalendarFixtures.value(off, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(CalendarFixtures.value(off, Property.SEQUENCE)).isEqualTo("1");
		assertThat(CalendarFixtures.holds(file, recent)).isTrue();
		assertThat(CalendarFixtures.holds(file, old)).isFalse();

		get(path, outsider).andExpect(status().isNotFound());
		get(path, null).andExpect(status().isNotFound());
		get("/communities/no-such-community/calendar.ics", member).andExpect(status().isNotFound());
		get("/meetings/" + changed.id() + ".ics", member).andExpect(status().isOk());
		get("/meetings/" + changed.id() + ".ics", outsider).andExpect(status().isNotFound());
		get("/meetings/" + changed.id() + ".ics", null).andExpect(status().isNotFound());
		Calendar everything = CalendarFixtures.parse(get("/calendar.ics", null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(CalendarFixtures.holds(everything, changed)).isFalse();
	}

	@Test
	void oneMeetingIsAFileToSaveAndAnswersNotModifiedWhenUnchanged() throws Exception {
		TestPrincipal facilitator = member("Farida");
		UUID community = community("SECRET", facilitator);
		Meeting seminar = this.calendar.meetingAt(community, facilitator, "Open seminar",
				LocalDateTime.now().plusDays(20).withHour(14).withMinute(0).withSecond(0).withNano(0), BRUSSELS, true);
		Meeting secret = this.fixtures.meeting(community, facilitator, "Members only");

		MockHttpServletResponse response = get("/meetings/" + seminar.id() + ".ics", null).andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("filename=\"open-seminar.ics\"");
		assertThat(response.getContentAsString()).doesNotContain(CalendarFixtures.ONLINE_LINK);
		Calendar file = CalendarFixtures.parse(response.getContentAsByteArray());
		assertThat(CalendarFixtures.events(file)).singleElement()
			.satisfies(
					(event) -> assertThat(CalendarFixtures.value(event, Property.SUMMARY)).isEqualTo("Open seminar"));
		String etag = response.getHeader(HttpHeaders.ETAG);
		this.mvc
			.perform(MockMvcRequestBuilders.get("/meetings/" + seminar.id() + ".ics")
				.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());

		Calendar everything = CalendarFixtures.parse(get("/calendar.ics", null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(CalendarFixtures.holds(everything, seminar)).isTrue();
		assertThat(CalendarFixtures.holds(everything, secret)).isFalse();
		get("/meetings/" + secret.id() + ".ics", null).andExpect(status().isNotFound());
		get("/communities/" + MeetingFixtures.slugOf(community) + "/calendar.ics", null)
			.andExpect(status().isNotFound());
		get("/meetings/not-an-id.ics", null).andExpect(status().isNotFound());
	}

}
