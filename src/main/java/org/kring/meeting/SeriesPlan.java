package org.kring.meeting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A series that meets every few months on the n-th weekday of the month, such as every
 * second month on the second Tuesday at 19:30, in a place.
 *
 * @param title the meetings' title
 * @param description what the series is about
 * @param intervalMonths every how many months
 * @param weekOfMonth which weekday of the month: 1 to 4, or -1 for the last
 * @param weekday the weekday
 * @param firstDate the first date it may meet on
 * @param time the local time meetings start
 * @param zone the zone they are held in
 * @param duration how long a meeting lasts
 * @param address where
 * @param room which room
 * @param capacity how many may register
 */
public record SeriesPlan(String title, String description, int intervalMonths, int weekOfMonth, DayOfWeek weekday,
		LocalDate firstDate, LocalTime time, ZoneId zone, Duration duration, String address, String room,
		int capacity) {
}
