package org.kring.meeting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * When a series meets: every {@code interval} weeks on a weekday, or every
 * {@code interval} months on a day of the month or on the n-th (1 to 4, or -1 for the
 * last) weekday of the month; at a local time in a time zone, from a first date and
 * optionally until a date.
 * <p>
 * Weeks are counted from the first weekday on or after the first date; months from the
 * first date's month. The local time stays the same across daylight-saving changes; a
 * local time that does not exist on a date (it falls in the gap when clocks go forward)
 * moves forward by the length of the gap, as {@link ZonedDateTime#of} does. A day of the
 * month that a month lacks (the 31st in April) skips that month: the series does not meet
 * that month rather than meeting on another day.
 *
 * @param frequency weekly or monthly
 * @param interval every how many weeks or months, 1 to 24
 * @param weekday the weekday, for a weekly recurrence or an n-th weekday of the month
 * @param weekOfMonth 1 to 4, or -1 for the last, with a weekday; null for a day of the
 * month
 * @param dayOfMonth 1 to 31 for a monthly recurrence on a day of the month, else null
 * @param firstDate the first date it may meet
 * @param until the last date it may meet, or null for no end
 * @param time the local time it starts
 * @param zone the time zone of that local time
 */
public record Recurrence(Frequency frequency, int interval, @Nullable DayOfWeek weekday, @Nullable Integer weekOfMonth,
		@Nullable Integer dayOfMonth, LocalDate firstDate, @Nullable LocalDate until, LocalTime time, ZoneId zone) {

	/** The longest interval, in weeks or months. */
	public static final int MAX_INTERVAL = 24;

	/** The -1 of {@link #weekOfMonth()}: the last such weekday of the month. */
	public static final int LAST = -1;

	/**
	 * Checks the recurrence.
	 * @throws IllegalArgumentException when a part is missing or out of range, or when it
	 * yields no date at all (such as an end before the first meeting)
	 */
	public Recurrence {
		if (interval < 1 || interval > MAX_INTERVAL) {
			throw new IllegalArgumentException("A recurrence repeats every 1 to " + MAX_INTERVAL + " weeks or months");
		}
		if (frequency == Frequency.WEEKLY && (weekday == null || weekOfMonth != null || dayOfMonth != null)) {
			throw new IllegalArgumentException("A weekly recurrence takes a weekday only");
		}
		if (frequency == Frequency.MONTHLY && (dayOfMonth == null) == (weekday == null || weekOfMonth == null)) {
			throw new IllegalArgumentException(
					"A monthly recurrence takes either a day of the month or a weekday with its week");
		}
		if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
			throw new IllegalArgumentException("A day of the month is 1 to 31");
		}
		if (weekOfMonth != null && weekOfMonth != LAST && (weekOfMonth < 1 || weekOfMonth > 4)) {
			throw new IllegalArgumentException("A week of the month is 1 to 4, or the last");
		}
		if (firstOn(frequency, interval, weekday, weekOfMonth, dayOfMonth, firstDate, until).isEmpty()) {
			throw new IllegalArgumentException("The recurrence yields no date");
		}
	}

	/**
	 * Every {@code interval} weeks on a weekday.
	 * @return the recurrence
	 */
	public static Recurrence weekly(int interval, DayOfWeek weekday, LocalDate firstDate, @Nullable LocalDate until,
			LocalTime time, ZoneId zone) {
		return new Recurrence(Frequency.WEEKLY, interval, weekday, null, null, firstDate, until, time, zone);
	}

	/**
	 * Every {@code interval} months on a day of the month; months without that day are
	 * skipped.
	 * @return the recurrence
	 */
	public static Recurrence monthlyOnDay(int interval, int dayOfMonth, LocalDate firstDate, @Nullable LocalDate until,
			LocalTime time, ZoneId zone) {
		return new Recurrence(Frequency.MONTHLY, interval, null, null, dayOfMonth, firstDate, until, time, zone);
	}

	/**
	 * Every {@code interval} months on the n-th weekday of the month.
	 * @param weekOfMonth 1 to 4, or {@link #LAST}
	 * @return the recurrence
	 */
	public static Recurrence monthlyOnWeekday(int interval, int weekOfMonth, DayOfWeek weekday, LocalDate firstDate,
			@Nullable LocalDate until, LocalTime time, ZoneId zone) {
		return new Recurrence(Frequency.MONTHLY, interval, weekday, weekOfMonth, null, firstDate, until, time, zone);
	}

	/**
	 * The dates it meets on from one date to another, both included.
	 * @param from the first date to consider
	 * @param to the last date to consider
	 * @return the dates, in order
	 */
	public List<LocalDate> dates(LocalDate from, LocalDate to) {
		return datesOf(this.frequency, this.interval, this.weekday, this.weekOfMonth, this.dayOfMonth, this.firstDate,
				this.until, from, to);
	}

	/**
	 * When it meets from one date to another, both included: each date at the local time
	 * in the zone.
	 * @param from the first date to consider
	 * @param to the last date to consider
	 * @return the starts, in order
	 */
	public List<ZonedDateTime> occurrences(LocalDate from, LocalDate to) {
		return dates(from, to).stream().map(this::at).toList();
	}

	/**
	 * When it meets on one of its dates.
	 * @param date the date
	 * @return the start at the local time in the zone, moved forward out of a
	 * daylight-saving gap
	 */
	public ZonedDateTime at(LocalDate date) {
		return ZonedDateTime.of(date, this.time, this.zone);
	}

	/**
	 * Whether it meets on a date.
	 * @param date the date
	 * @return true when the date is one of its dates
	 */
	public boolean meetsOn(LocalDate date) {
		return dates(date, date).contains(date);
	}

	private static Optional<LocalDate> firstOn(Frequency frequency, int interval, @Nullable DayOfWeek weekday,
			@Nullable Integer weekOfMonth, @Nullable Integer dayOfMonth, LocalDate firstDate,
			@Nullable LocalDate until) {
		// a day-of-month pattern repeats once the months of the year and leap years
		// repeat
		LocalDate horizon = (frequency == Frequency.WEEKLY) ? firstDate.plusWeeks(interval)
				: firstDate.plusMonths(48L * interval);
		return datesOf(frequency, interval, weekday, weekOfMonth, dayOfMonth, firstDate, until, firstDate, horizon)
			.stream()
			.findFirst();
	}

	private static List<LocalDate> datesOf(Frequency frequency, int interval, @Nullable DayOfWeek weekday,
			@Nullable Integer weekOfMonth, @Nullable Integer dayOfMonth, LocalDate firstDate, @Nullable LocalDate until,
			LocalDate from, LocalDate to) {
		LocalDate start = from.isBefore(firstDate) ? firstDate : from;
		LocalDate end = (until != null && until.isBefore(to)) ? until : to;
		List<LocalDate> dates = new ArrayList<>();
		if (end.isBefore(start)) {
			return dates;
		}
		if (frequency == Frequency.WEEKLY) {
			LocalDate first = firstDate.with(TemporalAdjusters.nextOrSame(weekdayOf(weekday)));
			long step = 7L * interval;
			long skipped = Math.max(0, Math.ceilDiv(ChronoUnit.DAYS.between(first, start), step));
			for (LocalDate date = first.plusDays(skipped * step); !date.isAfter(end); date = date.plusDays(step)) {
				dates.add(date);
			}
			return dates;
		}
		YearMonth firstMonth = YearMonth.from(firstDate);
		long skipped = Math.max(0, ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(start)) / interval);
		for (YearMonth month = firstMonth.plusMonths(skipped * interval); !month.atDay(1).isAfter(end); month = month
			.plusMonths(interval)) {
			dayIn(month, weekday, weekOfMonth, dayOfMonth).filter((date) -> !date.isBefore(start) && !date.isAfter(end))
				.ifPresent(dates::add);
		}
		return dates;
	}

	private static Optional<LocalDate> dayIn(YearMonth month, @Nullable DayOfWeek weekday,
			@Nullable Integer weekOfMonth, @Nullable Integer dayOfMonth) {
		if (dayOfMonth != null) {
			return month.isValidDay(dayOfMonth) ? Optional.of(month.atDay(dayOfMonth)) : Optional.empty();
		}
		int week = (weekOfMonth != null) ? weekOfMonth : 1;
		LocalDate day = (week == LAST) ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekdayOf(weekday)))
				: month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, weekdayOf(weekday)));
		return Optional.of(day);
	}

	private static DayOfWeek weekdayOf(@Nullable DayOfWeek weekday) {
		if (weekday == null) {
			throw new IllegalStateException("A weekday is needed");
		}
		return weekday;
	}

	/**
	 * How often a series meets.
	 */
	public enum Frequency {

		/** Every so many weeks. */
		WEEKLY,

		/** Every so many months. */
		MONTHLY

	}

}
