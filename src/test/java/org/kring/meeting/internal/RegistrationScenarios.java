package org.kring.meeting.internal;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingFixtures;

/**
 * Meetings set up for registration tests, and iCalendar attachments read back.
 */
final class RegistrationScenarios {

	private RegistrationScenarios() {
	}

	/** A meeting some days ahead with a registration window and questions. */
	static MeetingDetails details(String title, int daysAhead, @Nullable Integer capacity, boolean publicMeeting,
			@Nullable Instant opensAt, @Nullable Instant closesAt, Set<RegistrationQuestion> questions,
			@Nullable String onlineLink) {
		MeetingDetails base = MeetingFixtures.details(title, daysAhead, capacity, publicMeeting);
		return new MeetingDetails(base.title(), base.theme(), base.description(), base.start(), base.end(),
				(onlineLink != null) ? MeetingFormat.HYBRID : base.format(), base.address(), base.room(),
				base.accessNotes(), onlineLink, capacity, opensAt, closesAt, questions, publicMeeting,
				base.reminderMinutes(), base.speakers(), base.facilitators());
	}

	/** A meeting that started an hour ago. */
	static MeetingDetails started(String title, @Nullable Integer capacity) {
		MeetingDetails base = MeetingFixtures.details(title, 0, capacity, false);
		var start = java.time.ZonedDateTime.now(MeetingFixtures.BRUSSELS).minusHours(1).withNano(0);
		return new MeetingDetails(base.title(), base.theme(), base.description(), start, start.plusHours(2),
				base.format(), base.address(), base.room(), base.accessNotes(), null, capacity, null, null, Set.of(),
				false, base.reminderMinutes(), base.speakers(), base.facilitators());
	}

	static Instant hoursFromNow(long hours) {
		return Instant.now().plus(Duration.ofHours(hours));
	}

	/** The one event of an invitation, with the calendar's METHOD. */
	static Invitation invitation(String text) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		return new Invitation(calendar.getProperty(Property.METHOD).orElseThrow().getValue(),
				event.getProperty(Property.UID).orElseThrow().getValue(),
				event.getProperty(Property.SEQUENCE).orElseThrow().getValue(),
				event.getProperty(Property.STATUS).orElseThrow().getValue(),
				event.getProperty(Property.LOCATION).map(Property::getValue).orElse(null));
	}

	record Invitation(String method, String uid, String sequence, String status, @Nullable String location) {
	}

}
