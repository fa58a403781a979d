package org.kring.meeting.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityDraft;
import org.kring.community.CommunitySummary;

/**
 * The calendar page: the filters, and either the list view (meetings grouped by day, a
 * page at a time) or the month view (a grid of weeks).
 *
 * @param query what was asked, kept in every link
 * @param errors message keys by field for filters that could not be read
 * @param communities the communities the reader may choose from
 * @param regions the places the reader may choose from
 * @param days the list view's days, empty in the month view
 * @param page the list view's page, from 1
 * @param pages how many pages the list view has
 * @param total how many meetings the list view found
 * @param month the month shown in the month view
 * @param weeks the month view's weeks, Monday first; empty in the list view
 * @param signedIn whether the reader may have a personal feed
 */
public record CalendarPage(CalendarQuery query, Map<String, String> errors, List<CommunitySummary> communities,
		List<CommunityDraft.Place> regions, List<Day> days, int page, int pages, long total, YearMonth month,
		List<List<Day>> weeks, boolean signedIn) {

	/**
	 * The region filter's value for a place.
	 * @param place the place
	 * @return such as {@code BE} or {@code BE:Gent}
	 */
	public static String regionValue(CommunityDraft.Place place) {
		return place.region().isEmpty() ? place.country() : place.country() + ":" + place.region();
	}

	/**
	 * A place written out, such as "Belgium (Gent)".
	 * @param place the place
	 * @param locale the reader's language
	 * @return the name
	 */
	public static String regionName(CommunityDraft.Place place, Locale locale) {
		String country = Locale.of("", place.country()).getDisplayCountry(locale);
		return place.region().isEmpty() ? country : country + " (" + place.region() + ")";
	}

	/**
	 * The problem with a filter.
	 * @param field the filter's name
	 * @return its message key, or null
	 */
	public @Nullable String error(String field) {
		return this.errors.get(field);
	}

	/**
	 * The month written out, such as "December 2026".
	 * @param locale the reader's language
	 * @return the name
	 */
	public String monthName(Locale locale) {
		return this.month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
	}

	/**
	 * The weekdays, Monday first, for the month view's heading.
	 * @return the days
	 */
	public List<DayOfWeek> weekdays() {
		return List.of(DayOfWeek.values());
	}

	/**
	 * A weekday's short name.
	 * @param day the day
	 * @param locale the reader's language
	 * @return such as "Mon"
	 */
	public static String shortName(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.SHORT, locale);
	}

	/**
	 * A weekday's full name.
	 * @param day the day
	 * @param locale the reader's language
	 * @return such as "Monday"
	 */
	public static String fullName(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.FULL, locale);
	}

	/**
	 * One day with its meetings.
	 *
	 * @param date the date
	 * @param inMonth whether it belongs to the month shown (the month view shows whole
	 * weeks)
	 * @param entries the meetings that start on it, in their own zone
	 */
	public record Day(LocalDate date, boolean inMonth, List<CalendarEntry> entries) {

		/**
		 * The date written out in full.
		 * @param locale the reader's language
		 * @return such as "Tuesday 8 December 2026"
		 */
		public String name(Locale locale) {
			return this.date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
		}

	}

}
