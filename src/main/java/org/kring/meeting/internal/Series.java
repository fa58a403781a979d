package org.kring.meeting.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A series of meetings of a community: a recurrence and what its meetings are by default.
 * The series generates its meetings ahead of time; each one can then be changed or
 * cancelled on its own.
 */
@Entity
@Table(name = "meeting_series")
public class Series {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 4000)
	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Recurrence.Frequency frequency;

	@Column(name = "interval_count", nullable = false)
	private int intervalCount;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private @Nullable DayOfWeek weekday;

	@Column(name = "week_of_month")
	private @Nullable Integer weekOfMonth;

	@Column(name = "day_of_month")
	private @Nullable Integer dayOfMonth;

	@Column(name = "first_date", nullable = false)
	private LocalDate firstDate;

	@Column(name = "until_date")
	private @Nullable LocalDate untilDate;

	@Column(name = "start_time", nullable = false)
	private LocalTime startTime;

	@Column(name = "time_zone", nullable = false, length = 64)
	private String timeZone;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private MeetingFormat format;

	@Column(length = 300)
	private @Nullable String address;

	@Column(length = 100)
	private @Nullable String room;

	@Column(name = "access_notes", length = 1000)
	private @Nullable String accessNotes;

	@Column(name = "online_link", length = 500)
	private @Nullable String onlineLink;

	private @Nullable Integer capacity;

	@Column(name = "reminder_minutes", nullable = false)
	private int reminderMinutes;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Series() {
		// for JPA
	}

	/**
	 * A new series.
	 * @param communityId the community
	 * @param settings when it meets and what its meetings are
	 * @param createdBy who plans it
	 * @param now the current time
	 */
	public Series(UUID communityId, SeriesSettings settings, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.createdBy = createdBy;
		this.createdAt = now;
		change(settings);
	}

	/**
	 * Changes the series. Its meetings are changed by the caller, as the facilitator
	 * chose.
	 * @param settings the new settings
	 */
	public void change(SeriesSettings settings) {
		Recurrence recurrence = settings.recurrence();
		this.title = settings.title();
		this.description = settings.description();
		this.frequency = recurrence.frequency();
		this.intervalCount = recurrence.interval();
		this.weekday = recurrence.weekday();
		this.weekOfMonth = recurrence.weekOfMonth();
		this.dayOfMonth = recurrence.dayOfMonth();
		this.firstDate = recurrence.firstDate();
		this.untilDate = recurrence.until();
		this.startTime = recurrence.time();
		this.timeZone = recurrence.zone().getId();
		this.durationMinutes = (int) settings.duration().toMinutes();
		this.format = settings.format();
		this.address = settings.address();
		this.room = settings.room();
		this.accessNotes = settings.accessNotes();
		this.onlineLink = settings.onlineLink();
		this.capacity = settings.capacity();
		this.reminderMinutes = settings.reminderMinutes();
	}

	/**
	 * The series' settings now.
	 * @return the settings
	 */
	public SeriesSettings settings() {
		return new SeriesSettings(this.title, this.description, recurrence(), Duration.ofMinutes(this.durationMinutes),
				this.format, this.address, this.room, this.accessNotes, this.onlineLink, this.capacity,
				this.reminderMinutes);
	}

	/**
	 * When the series meets.
	 * @return the recurrence
	 */
	public Recurrence recurrence() {
		return new Recurrence(this.frequency, this.intervalCount, this.weekday, this.weekOfMonth, this.dayOfMonth,
				this.firstDate, this.untilDate, this.startTime, ZoneId.of(this.timeZone));
	}

	/**
	 * What the series' meeting on a date is by default: no theme, speakers, own
	 * facilitators or questions, visible to whoever reads the community.
	 * @param date one of the series' dates
	 * @return the details
	 */
	public MeetingDetails occurrence(LocalDate date) {
		ZonedDateTime start = recurrence().at(date);
		return new MeetingDetails(this.title, null, this.description, start, start.plusMinutes(this.durationMinutes),
				this.format, this.address, this.room, this.accessNotes, this.onlineLink, this.capacity, null, null,
				Set.of(), false, this.reminderMinutes, List.of(), Set.of());
	}

	/**
	 * A meeting's details with what the series sets applied: its time on the date, title,
	 * description, place, format, capacity and reminder; the meeting keeps the rest
	 * (theme, speakers, facilitators, questions, registration window, visibility).
	 * @param current the meeting's details
	 * @param date the meeting's date in the series
	 * @return the details
	 */
	public MeetingDetails appliedTo(MeetingDetails current, LocalDate date) {
		ZonedDateTime start = recurrence().at(date);
		return new MeetingDetails(this.title, current.theme(), this.description, start,
				start.plusMinutes(this.durationMinutes), this.format, this.address, this.room, this.accessNotes,
				this.onlineLink, this.capacity, current.registrationOpensAt(), current.registrationClosesAt(),
				current.questions(), current.publicMeeting(), this.reminderMinutes, current.speakers(),
				current.facilitators());
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String description() {
		return this.description;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
