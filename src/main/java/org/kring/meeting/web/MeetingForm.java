package org.kring.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingFormat;
import org.kring.meeting.internal.RegistrationQuestion;
import org.kring.meeting.internal.Speaker;
import org.springframework.util.MultiValueMap;

/**
 * The form of one meeting, as typed. Guest speakers come as rows of four parallel fields;
 * the page shows the speakers given and two empty rows.
 *
 * @param title the title
 * @param theme the theme
 * @param description the description
 * @param startDate the start's date, {@code yyyy-MM-dd}
 * @param startTime the start's time, {@code HH:mm}
 * @param endDate the end's date
 * @param endTime the end's time
 * @param timeZone the zone's name, such as {@code Europe/Brussels}
 * @param format a {@link MeetingFormat} name
 * @param address the address
 * @param room the room
 * @param accessNotes the access notes
 * @param onlineLink the link to join
 * @param capacity how many may register, blank for no limit
 * @param registrationOpens when registration opens, local to the zone
 * @param registrationCloses when registration closes, local to the zone
 * @param questions the {@link RegistrationQuestion} names asked
 * @param publicMeeting whether it is public ({@code true}) or inherits the community's
 * visibility
 * @param reminderHours how many hours before the start the reminder goes out
 * @param speakers the speaker rows
 * @param facilitators the ids of the members chosen as facilitators
 */
public record MeetingForm(String title, String theme, String description, String startDate, String startTime,
		String endDate, String endTime, String timeZone, String format, String address, String room, String accessNotes,
		String onlineLink, String capacity, String registrationOpens, String registrationCloses, List<String> questions,
		boolean publicMeeting, String reminderHours, List<SpeakerRow> speakers, List<String> facilitators) {

	private static final int EMPTY_SPEAKER_ROWS = 2;

	/**
	 * A blank form for a meeting a week from today.
	 * @param zone the zone to start with
	 * @return the form
	 */
	static MeetingForm blank(ZoneId zone) {
		String date = LocalDate.now(zone).plusWeeks(1).toString();
		return new MeetingForm("", "", "", date, "19:30", date, "21:30", zone.getId(), MeetingFormat.IN_PERSON.name(),
				"", "", "", "", "", "", "", List.of(), false,
				String.valueOf(MeetingDetails.DEFAULT_REMINDER_MINUTES / 60), List.of(), List.of());
	}

	/**
	 * The form filled with a meeting's details.
	 * @param details the details
	 * @return the form
	 */
	static MeetingForm of(MeetingDetails details) {
		ZoneId zone = details.zone();
		return new MeetingForm(details.title(), orBlank(details.theme()), orBlank(details.description()),
				details.start().toLocalDate().toString(), details.start().toLocalTime().toString(),
				details.end().toLocalDate().toString(), details.end().toLocalTime().toString(), zone.getId(),
				details.format().name(), orBlank(details.address()), orBlank(details.room()),
				orBlank(details.accessNotes()), orBlank(details.onlineLink()),
				(details.capacity() != null) ? details.capacity().toString() : "",
				local(details.registrationOpensAt(), zone), local(details.registrationClosesAt(), zone),
				details.questions().stream().map(Enum::name).sorted().toList(), details.publicMeeting(),
				String.valueOf(details.reminderMinutes() / 60),
				details.speakers()
					.stream()
					.map((speaker) -> new SpeakerRow(speaker.name(), orBlank(speaker.role()),
							orBlank(speaker.organisation()), orBlank(speaker.bio())))
					.toList(),
				details.facilitators().stream().map(UUID::toString).toList());
	}

	/**
	 * The form as a browser posted it.
	 * @param params the posted parameters
	 * @return the form
	 */
	static MeetingForm from(MultiValueMap<String, String> params) {
		List<String> names = all(params, "speakerName");
		List<SpeakerRow> speakers = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			SpeakerRow row = new SpeakerRow(names.get(i), at(params, "speakerRole", i),
					at(params, "speakerOrganisation", i), at(params, "speakerBio", i));
			if (!row.blank()) {
				speakers.add(row);
			}
		}
		return new MeetingForm(one(params, "title"), one(params, "theme"), one(params, "description"),
				one(params, "startDate"), one(params, "startTime"), one(params, "endDate"), one(params, "endTime"),
				one(params, "timeZone"), one(params, "format"), one(params, "address"), one(params, "room"),
				one(params, "accessNotes"), one(params, "onlineLink"), one(params, "capacity"),
				one(params, "registrationOpens"), one(params, "registrationCloses"), all(params, "question"),
				"true".equals(one(params, "publicMeeting")), one(params, "reminderHours"), speakers,
				all(params, "facilitator"));
	}

	/**
	 * The meeting the form describes, when everything is right.
	 * @param reading where problems are noted
	 * @param members the members who may be chosen as facilitators
	 * @return the details, or null when a field is wrong
	 */
	@Nullable MeetingDetails read(FormReading reading, Set<UUID> members) {
		String title = reading.text("title", this.title, 200, true);
		String theme = reading.text("theme", this.theme, 200, false);
		String description = reading.text("description", this.description, 4000, false);
		ZoneId zone = reading.zone("timeZone", this.timeZone);
		LocalDate startDay = reading.date("startDate", this.startDate, true);
		LocalTime startAt = reading.time("startTime", this.startTime, true);
		LocalDate endDay = reading.date("endDate", this.endDate, true);
		LocalTime endAt = reading.time("endTime", this.endTime, true);
		MeetingFormat chosenFormat = format(reading);
		String address = reading.text("address", this.address, 300, false);
		String chosenRoom = reading.text("room", this.room, 100, false);
		String notes = reading.text("accessNotes", this.accessNotes, 1000, false);
		String link = reading.link("onlineLink", this.onlineLink);
		Integer seats = reading.number("capacity", this.capacity, 1, 100_000, false, "meetingplan.form.capacity");
		Integer hours = reading.number("reminderHours", this.reminderHours, 0, 24 * 30, true,
				"meetingplan.form.reminder");
		LocalDateTime opens = reading.dateTime("registrationOpens", this.registrationOpens);
		LocalDateTime closes = reading.dateTime("registrationCloses", this.registrationCloses);
		List<Speaker> guests = speakers(reading);
		Set<UUID> chosen = facilitators(reading, members);
		if (opens != null && closes != null && closes.isBefore(opens)) {
			reading.problem("registrationCloses", "meetingplan.form.closesBeforeOpens");
		}
		if (zone == null || startDay == null || startAt == null || endDay == null || endAt == null) {
			return null;
		}
		ZonedDateTime start = ZonedDateTime.of(startDay, startAt, zone);
		ZonedDateTime end = ZonedDateTime.of(endDay, endAt, zone);
		if (!end.isAfter(start)) {
			reading.problem("endTime", "meetingplan.form.endBeforeStart");
		}
		if (!reading.ok() || title == null || chosenFormat == null || hours == null) {
			return null;
		}
		return new MeetingDetails(title, theme, description, start, end, chosenFormat, address, chosenRoom, notes, link,
				seats, instant(opens, zone), instant(closes, zone), asked(), this.publicMeeting, hours * 60, guests,
				chosen);
	}

	/**
	 * The speaker rows the page shows: those given, then empty ones to add more.
	 * @return the rows
	 */
	public List<SpeakerRow> speakerRows() {
		List<SpeakerRow> rows = new ArrayList<>(this.speakers);
		for (int i = 0; i < EMPTY_SPEAKER_ROWS; i++) {
			rows.add(new SpeakerRow("", "", "", ""));
		}
		return rows;
	}

	public boolean asks(String question) {
		return this.questions.contains(question);
	}

	public boolean isFormat(String value) {
		return value.equals(this.format);
	}

	public boolean facilitates(String id) {
		return this.facilitators.contains(id);
	}

	private @Nullable MeetingFormat format(FormReading reading) {
		for (MeetingFormat each : MeetingFormat.values()) {
			if (each.name().equals(this.format)) {
				return each;
			}
		}
		reading.problem("format", "meetingplan.form.required");
		return null;
	}

	private List<Speaker> speakers(FormReading reading) {
		List<Speaker> guests = new ArrayList<>();
		for (int i = 0; i < this.speakers.size(); i++) {
			SpeakerRow row = this.speakers.get(i);
			String name = reading.text("speakerName-" + i, row.name(), 120, false);
			if (name == null && !reading.has("speakerName-" + i)) {
				reading.problem("speakerName-" + i, "meetingplan.form.speakerNameMissing");
			}
			String role = reading.text("speakerRole-" + i, row.role(), 120, false);
			String organisation = reading.text("speakerOrganisation-" + i, row.organisation(), 200, false);
			String bio = reading.text("speakerBio-" + i, row.bio(), 1000, false);
			if (name != null) {
				guests.add(new Speaker(name, role, organisation, bio));
			}
		}
		return guests;
	}

	private Set<UUID> facilitators(FormReading reading, Set<UUID> members) {
		Set<UUID> chosen = new HashSet<>();
		for (String id : this.facilitators) {
			UUID person = uuid(id);
			if (person == null || !members.contains(person)) {
				reading.problem("facilitators", "meetingplan.form.notAMember");
			}
			else {
				chosen.add(person);
			}
		}
		return chosen;
	}

	private Set<RegistrationQuestion> asked() {
		Set<RegistrationQuestion> asked = EnumSet.noneOf(RegistrationQuestion.class);
		for (RegistrationQuestion each : RegistrationQuestion.values()) {
			if (this.questions.contains(each.name())) {
				asked.add(each);
			}
		}
		return asked;
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime local, ZoneId zone) {
		return (local != null) ? ZonedDateTime.of(local, zone).toInstant() : null;
	}

	private static String local(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, zone).toString() : "";
	}

	static @Nullable UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String orBlank(@Nullable String value) {
		return (value != null) ? value : "";
	}

	static String one(MultiValueMap<String, String> params, String name) {
		return orBlank(params.getFirst(name));
	}

	static List<String> all(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		return (values != null) ? List.copyOf(values) : List.of();
	}

	private static String at(MultiValueMap<String, String> params, String name, int index) {
		List<String> values = all(params, name);
		return (index < values.size()) ? values.get(index) : "";
	}

	/**
	 * One guest speaker row, as typed.
	 *
	 * @param name the name
	 * @param role the role
	 * @param organisation the organisation
	 * @param bio the short biography
	 */
	public record SpeakerRow(String name, String role, String organisation, String bio) {

		boolean blank() {
			return this.name.isBlank() && this.role.isBlank() && this.organisation.isBlank() && this.bio.isBlank();
		}

	}

}
