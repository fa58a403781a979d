package org.kring.meeting.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Meeting times written out in the reader's language, always in the zone the meeting is
 * held in, with that zone named.
 */
public final class MeetingTimes {

	private MeetingTimes() {
	}

	/**
	 * When a meeting takes place, such as "Tuesday 13 January 2026, 19:30 – 21:30
	 * (Central European Time)".
	 * @param start the start, in the meeting's zone
	 * @param end the end, in the meeting's zone
	 * @param locale the reader's language
	 * @return the time span, written out
	 */
	public static String span(ZonedDateTime start, ZonedDateTime end, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		String zone = start.getZone().getDisplayName(TextStyle.FULL, locale);
		String until = start.toLocalDate().equals(end.toLocalDate()) ? end.format(time)
				: end.format(day) + ", " + end.format(time);
		return start.format(day) + ", " + start.format(time) + " – " + until + " (" + zone + ")";
	}

	/**
	 * A short date and time, such as "13 Jan 2026, 19:30", for lists.
	 * @param moment the moment, in the meeting's zone
	 * @param locale the reader's language
	 * @return the moment, written out
	 */
	public static String brief(ZonedDateTime moment, Locale locale) {
		return moment
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
	}

}
