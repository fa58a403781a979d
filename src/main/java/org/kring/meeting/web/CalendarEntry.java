package org.kring.meeting.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingState;

/**
 * One meeting on the calendar page, read while the meeting was loaded.
 *
 * @param id the meeting
 * @param title its title
 * @param theme its theme, or null
 * @param start when it starts, in its own zone
 * @param end when it ends, in its own zone
 * @param community the community, or null when the reader may not see it
 * @param cancelled whether it was called off
 */
public record CalendarEntry(UUID id, String title, @Nullable String theme, ZonedDateTime start, ZonedDateTime end,
		@Nullable CommunitySummary community, boolean cancelled) {

	static CalendarEntry of(Meeting meeting, @Nullable CommunitySummary community) {
		return new CalendarEntry(meeting.id(), meeting.title(), meeting.theme(), meeting.start(), meeting.end(),
				community, meeting.state() == MeetingState.CANCELLED);
	}

	/**
	 * The meeting's page.
	 * @return the address
	 */
	public String link() {
		return "/meetings/" + this.id;
	}

	/**
	 * When it takes place, written out in full.
	 * @param locale the reader's language
	 * @return the time span with the zone
	 */
	public String when(Locale locale) {
		return MeetingTimes.span(this.start, this.end, locale);
	}

	/**
	 * The start time alone, such as "19:30", for a day of the calendar.
	 * @param locale the reader's language
	 * @return the time
	 */
	public String time(Locale locale) {
		return this.start.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
	}

	/**
	 * The start as a machine-readable moment, for {@code <time datetime>}.
	 * @return such as {@code 2026-12-08T19:30+01:00}
	 */
	public String datetime() {
		return this.start.toOffsetDateTime().toString();
	}

}
