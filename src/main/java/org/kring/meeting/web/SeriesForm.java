package org.kring.meeting.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingFormat;
import org.kring.meeting.internal.Recurrence;
import org.kring.meeting.internal.SeriesSettings;
import org.springframework.util.MultiValueMap;

/**
 * The form of a series, as typed.
 *
 * @param title the meetings' title
 * @param description the meetings' description
 * @param frequency {@code WEEKLY} or {@code MONTHLY}
 * @param interval every how many weeks or months
 * @param monthlyBy for a monthly series: {@code WEEKDAY} (the n-th weekday) or
 * {@code DAY} (a day of the month)
 * @param weekday a {@link DayOfWeek} name
 * @param weekOfMonth 1 to 4, or -1 for the last
 * @param dayOfMonth 1 to 31
 * @param firstDate the first date, {@code yyyy-MM-dd}
 * @param untilDate the last date, blank for no end
 * @param startTime the local start time, {@code HH:mm}
 * @param timeZone the zone's name
 * @param durationMinutes how long a meeting lasts, in minutes
 * @param format a {@link MeetingFormat} name
 * @param address the address
 * @param room the room
 * @param accessNotes the access notes
 * @param onlineLink the link to join
 * @param capacity how many may register, blank for no limit
 * @param reminderHours how many hours before a meeting its reminder goes out
 * @param apply for a change: {@code NEW} (only meetings generated from now on) or
 * {@code UPCOMING} (also the upcoming meetings not changed on their own)
 */
public record SeriesForm(String title, String description, String frequency, String interval, String monthlyBy,
		String weekday, String weekOfMonth, String dayOfMonth, String firstDate, String untilDate, String startTime,
		String timeZone, String durationMinutes, String format, String address, String room, String accessNotes,
		String onlineLink, String capacity, String reminderHours, String apply) {

	/** Only meetings generated from now on follow a change. */
	public static final String NEW = "NEW";

	/** The upcoming meetings not changed on their own follow a change too. */
	public static final String UPCOMING = "UPCOMING";

	/**
	 * A blank form: every second month on the second Tuesday at 19:30.
	 * @param zone the zone to start with
	 * @return the form
	 */
	static SeriesForm blank(ZoneId zone) {
		return new SeriesForm("", "", Recurrence.Frequency.MONTHLY.name(), "2", "WEEKDAY", DayOfWeek.TUESDAY.name(),
				"2", "", LocalDate.now(zone).toString(), "", "19:30", zone.getId(), "120",
				MeetingFormat.IN_PERSON.name(), "", "", "", "", "",
				String.valueOf(MeetingDetails.DEFAULT_REMINDER_MINUTES / 60), NEW);
	}

	/**
	 * The form filled with a series' settings.
	 * @param settings the settings
	 * @return the form
	 */
	static SeriesForm of(SeriesSettings settings) {
		Recurrence recurrence = settings.recurrence();
		return new SeriesForm(settings.title(), MeetingForm.orBlank(settings.description()),
				recurrence.frequency().name(), String.valueOf(recurrence.interval()),
				(recurrence.dayOfMonth() != null) ? "DAY" : "WEEKDAY",
				(recurrence.weekday() != null) ? recurrence.weekday().name() : "",
				(recurrence.weekOfMonth() != null) ? recurrence.weekOfMonth().toString() : "",
				(recurrence.dayOfMonth() != null) ? recurrence.dayOfMonth().toString() : "",
				recurrence.firstDate().toString(), (recurrence.until() != null) ? recurrence.until().toString() : "",
				recurrence.time().toString(), recurrence.zone().getId(),
				String.valueOf(settings.duration().toMinutes()), settings.format().name(),
				MeetingForm.orBlank(settings.address()), MeetingForm.orBlank(settings.room()),
				MeetingForm.orBlank(settings.accessNotes()), MeetingForm.orBlank(settings.onlineLink()),
				(settings.capacity() != null) ? settings.capacity().toString() : "",
				String.valueOf(settings.reminderMinutes() / 60), NEW);
	}

	/**
	 * The form as a browser posted it.
	 * @param params the posted parameters
	 * @return the form
	 */
	static SeriesForm from(MultiValueMap<String, String> params) {
		return new SeriesForm(MeetingForm.one(params, "title"), MeetingForm.one(params, "description"),
				MeetingForm.one(params, "frequency"), MeetingForm.one(params, "interval"),
				MeetingForm.one(params, "monthlyBy"), MeetingForm.one(params, "weekday"),
				MeetingForm.one(params, "weekOfMonth"), MeetingForm.one(params, "dayOfMonth"),
				MeetingForm.one(params, "firstDate"), MeetingForm.one(params, "untilDate"),
				MeetingForm.one(params, "startTime"), MeetingForm.one(params, "timeZone"),
				MeetingForm.one(params, "durationMinutes"), MeetingForm.one(params, "format"),
				MeetingForm.one(params, "address"), MeetingForm.one(params, "room"),
				MeetingForm.one(params, "accessNotes"), MeetingForm.one(params, "onlineLink"),
				MeetingForm.one(params, "capacity"), MeetingForm.one(params, "reminderHours"),
				MeetingForm.one(params, "apply"));
	}

	/**
	 * The series the form describes, when everything is right.
	 * @param reading where problems are noted
	 * @return the settings, or null when a field is wrong
	 */
	@Nullable SeriesSettings read(FormReading reading) {
		String name = reading.text("title", this.title, 200, true);
		String about = reading.text("description", this.description, 4000, false);
		Integer every = reading.number("interval", this.interval, 1, Recurrence.MAX_INTERVAL, true,
				"meetingplan.form.interval");
		LocalDate first = reading.date("firstDate", this.firstDate, true);
		LocalDate until = reading.date("untilDate", this.untilDate, false);
		LocalTime time = reading.time("startTime", this.startTime, true);
		ZoneId zone = reading.zone("timeZone", this.timeZone);
		Integer minutes = reading.number("durationMinutes", this.durationMinutes, 1, 24 * 60, true,
				"meetingplan.form.duration");
		MeetingFormat chosenFormat = named(MeetingFormat.class, this.format);
		if (chosenFormat == null) {
			reading.problem("format", "meetingplan.form.required");
		}
		String address = reading.text("address", this.address, 300, false);
		String chosenRoom = reading.text("room", this.room, 100, false);
		String notes = reading.text("accessNotes", this.accessNotes, 1000, false);
		String link = reading.link("onlineLink", this.onlineLink);
		Integer seats = reading.number("capacity", this.capacity, 1, 100_000, false, "meetingplan.form.capacity");
		Integer hours = reading.number("reminderHours", this.reminderHours, 0, 24 * 30, true,
				"meetingplan.form.reminder");
		Recurrence recurrence = recurrence(reading, every, first, until, time, zone);
		if (!reading.ok() || name == null || recurrence == null || minutes == null || chosenFormat == null
				|| hours == null) {
			return null;
		}
		return new SeriesSettings(name, about, recurrence, Duration.ofMinutes(minutes), chosenFormat, address,
				chosenRoom, notes, link, seats, hours * 60);
	}

	/**
	 * Whether the upcoming meetings follow the change.
	 * @return true for {@link #UPCOMING}
	 */
	boolean alsoUpcoming() {
		return UPCOMING.equals(this.apply);
	}

	public boolean is(String field, String value) {
		return switch (field) {
			case "frequency" -> value.equals(this.frequency);
			case "monthlyBy" -> value.equals(this.monthlyBy);
			case "weekday" -> value.equals(this.weekday);
			case "weekOfMonth" -> value.equals(this.weekOfMonth);
			case "format" -> value.equals(this.format);
			case "apply" -> value.equals(this.apply);
			default -> false;
		};
	}

	private @Nullable Recurrence recurrence(FormReading reading, @Nullable Integer every, @Nullable LocalDate first,
			@Nullable LocalDate until, @Nullable LocalTime time, @Nullable ZoneId zone) {
		Recurrence.Frequency chosen = named(Recurrence.Frequency.class, this.frequency);
		DayOfWeek day = named(DayOfWeek.class, this.weekday);
		boolean onDay = chosen == Recurrence.Frequency.MONTHLY && "DAY".equals(this.monthlyBy);
		if (chosen == null) {
			reading.problem("frequency", "meetingplan.form.required");
		}
		if (!onDay && day == null) {
			reading.problem("weekday", "meetingplan.form.required");
		}
		Integer week = (chosen == Recurrence.Frequency.MONTHLY && !onDay)
				? reading.number("weekOfMonth", this.weekOfMonth, -1, 4, true, "meetingplan.form.invalid") : null;
		if (week != null && week == 0) {
			reading.problem("weekOfMonth", "meetingplan.form.invalid");
		}
		Integer dayOfTheMonth = onDay
				? reading.number("dayOfMonth", this.dayOfMonth, 1, 31, true, "meetingplan.form.invalid") : null;
		if (!reading.ok() || chosen == null || every == null || first == null || time == null || zone == null) {
			return null;
		}
		try {
			return new Recurrence(chosen, every, onDay ? null : day, week, dayOfTheMonth, first, until, time, zone);
		}
		catch (IllegalArgumentException ex) {
			reading.problem((until != null) ? "untilDate" : onDay ? "dayOfMonth" : "firstDate",
					"meetingplan.form.noDate");
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E named(Class<E> type, String name) {
		for (E each : type.getEnumConstants()) {
			if (each.name().equals(name)) {
				return each;
			}
		}
		return null;
	}

}
