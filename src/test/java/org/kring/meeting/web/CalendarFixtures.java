package org.kring.meeting.web;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingFormat;
import org.kring.system.TestPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the calendar tests add beside {@link MeetingFixtures}: hybrid meetings at a given
 * local time in a given zone, registrations, places of communities, and reading calendar
 * files back with ical4j. Registrations and places go with their meetings and communities
 * when {@link MeetingFixtures#deleteAll()} runs.
 */
final class CalendarFixtures {

	static final String ONLINE_LINK = "https://meet.example/secret-room-42";

	private final MeetingFixtures fixtures;

	private final JdbcTemplate jdbc;

	CalendarFixtures(MeetingFixtures fixtures, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	/** A hybrid two-hour meeting at a local time in a zone, with an online link. */
	Meeting meetingAt(UUID community, TestPrincipal by, String title, LocalDateTime start, ZoneId zone,
			boolean publicMeeting) {
		ZonedDateTime begins = start.atZone(zone);
		MeetingDetails details = new MeetingDetails(title, "Housing and income", "We look at rent allowances.", begins,
				begins.plusHours(2), MeetingFormat.HYBRID, "Stationsstraat 1, Gent", "Zaal 2", null, ONLINE_LINK, 30,
				null, null, Set.of(), publicMeeting, MeetingDetails.DEFAULT_REMINDER_MINUTES, List.of(), Set.of());
		return this.fixtures.meeting(community, by, details);
	}

	/** A meeting some days from now, with a theme. */
	Meeting meeting(UUID community, TestPrincipal by, String title, int daysAhead, String theme,
			boolean publicMeeting) {
		MeetingDetails base = MeetingFixtures.details(title, daysAhead, 20, publicMeeting);
		MeetingDetails details = new MeetingDetails(base.title(), theme, base.description(), base.start(), base.end(),
				base.format(), base.address(), base.room(), base.accessNotes(), base.onlineLink(), base.capacity(),
				null, null, Set.of(), publicMeeting, base.reminderMinutes(), List.of(), Set.of());
		return this.fixtures.meeting(community, by, details);
	}

	void register(Meeting meeting, TestPrincipal person, String state) {
		this.jdbc.update(
				"insert into meeting_registration (id, meeting_id, person_id, state, position,"
						+ " cancel_token_hash, created_at, version) values (?, ?, ?, ?, 1, ?, ?, 0)",
				UUID.randomUUID(), meeting.id(), person.id(), state, UUID.randomUUID().toString(),
				Timestamp.from(Instant.now()));
	}

	void place(UUID community, String country, String region) {
		this.jdbc.update("insert into community_country (community_id, country, region) values (?, ?, ?)", community,
				country, region);
	}

	static Calendar parse(byte[] file) throws Exception {
		return new CalendarBuilder().build(new ByteArrayInputStream(file));
	}

	static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents("VEVENT");
	}

	static VEvent event(Calendar calendar, Meeting meeting) {
		return events(calendar).stream()
			.filter((event) -> value(event, Property.UID).startsWith("meeting-" + meeting.id() + "@"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event for " + meeting.title()));
	}

	static boolean holds(Calendar calendar, Meeting meeting) {
		return events(calendar).stream()
			.anyMatch((event) -> value(event, Property.UID).startsWith("meeting-" + meeting.id() + "@"));
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).orElseThrow().getValue();
	}

	static String tzid(VEvent event, String property) {
		return event.getProperty(property).orElseThrow().getParameter("TZID").orElseThrow().getValue();
	}

}
