package org.kring.meeting.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.Meeting;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;

/**
 * The meeting page's calendar links: the meeting as an iCalendar file to add to one's own
 * calendar.
 */
@Component
class CalendarLinksPart implements MeetingPagePart {

	@Override
	public int order() {
		return 400;
	}

	@Override
	public Optional<Part> part(Meeting meeting, @Nullable KringPrincipal viewer, Locale language) {
		return Optional.of(new Part("calendar", "calendar.part.heading", "meeting/calendar/links.jte",
				"/meetings/" + meeting.id() + ".ics"));
	}

}
