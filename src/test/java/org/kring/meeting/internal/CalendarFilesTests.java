package org.kring.meeting.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.kring.system.KringProperties;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFilesTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final CalendarFiles files = new CalendarFiles(new KringProperties("Kring", Locale.ENGLISH, BRUSSELS,
			"https://kring.example", Path.of("data"), new KringProperties.Db(null, null, null),
			new KringProperties.Mail("kring@kring.example", "localhost", 25, null, null), null));

	@Test
	void eachMeetingIsAnEventInItsOwnZoneAcrossTheDaylightSavingChange() throws Exception {
		Meeting winter = meeting(LocalDateTime.of(2026, 3, 24, 19, 30));
		Meeting summer = meeting(LocalDateTime.of(2026, 3, 31, 19, 30));
		Calendar calendar = parse(this.files.feed("Kring", List.of(winter, summer), NOW));

		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260324T193000");
		assertThat(
				events.get(0).getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Brussels");
		assertThat(events.get(1).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260331T193000");
		assertThat(events.get(1).getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20260331T213000");
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).singleElement()
			.satisfies((zone) -> assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue())
				.isEqualTo("Europe/Brussels"));
		assertThat(events.get(0).getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("meeting-" + winter.id() + "@kring.example");
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
	}

	@Test
	void aChangeRaisesTheSequenceAndACancelledMeetingSaysSo() throws Exception {
		Meeting meeting = meeting(LocalDateTime.of(2026, 5, 12, 19, 30));
		String uid = this.files.uid(meeting);
		meeting.cancel("The room is flooded", NOW);

		Calendar calendar = parse(this.files.invitation(meeting, null, NOW));

		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
		assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
	}

	private static Calendar parse(byte[] file) throws Exception {
		return new CalendarBuilder().build(new ByteArrayInputStream(file));
	}

	private static Meeting meeting(LocalDateTime start) {
		ZonedDateTime begins = start.atZone(BRUSSELS);
		MeetingDetails details = new MeetingDetails("Housing and income", "Rent allowances", null, begins,
				begins.plusHours(2), MeetingFormat.IN_PERSON, "Stationsstraat 1, Gent", "Zaal 2", null, null, 20, null,
				null, Set.of(), true, MeetingDetails.DEFAULT_REMINDER_MINUTES, List.of(), Set.of());
		return Meeting.schedule(UUID.randomUUID(), details, UUID.randomUUID(), NOW);
	}

}
