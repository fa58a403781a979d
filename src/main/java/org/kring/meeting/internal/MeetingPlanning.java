package org.kring.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingCancelled;
import org.kring.meeting.MeetingScheduled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning a community's meetings: meetings on their own, series that generate their
 * meetings ahead of time, and changing or cancelling one meeting. Callers check who may
 * plan ({@link MeetingAccess}).
 */
@Service
public class MeetingPlanning {

	private final Meetings meetings;

	private final PlannedMeetings planned;

	private final AllSeries series;

	private final ApplicationEventPublisher events;

	private final SeriesPlanningSettings settings;

	private final Clock clock;

	MeetingPlanning(Meetings meetings, PlannedMeetings planned, AllSeries series, ApplicationEventPublisher events,
			SeriesPlanningSettings settings, Clock clock) {
		this.meetings = meetings;
		this.planned = planned;
		this.series = series;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What a meeting is now, read in one transaction.
	 * @param meetingId the meeting
	 * @return its details, or empty when there is no such meeting
	 */
	@Transactional(readOnly = true)
	public Optional<MeetingDetails> detailsOf(UUID meetingId) {
		return this.meetings.findById(meetingId).map(Meeting::details);
	}

	/**
	 * Plans a meeting on its own and publishes {@link MeetingScheduled}, in the same
	 * transaction.
	 * @param communityId the community
	 * @param details what it is
	 * @param by who plans it
	 * @return the meeting
	 */
	@Transactional
	public Meeting schedule(UUID communityId, MeetingDetails details, UUID by) {
		Instant now = this.clock.instant();
		Meeting meeting = this.meetings.save(Meeting.schedule(communityId, details, by, now));
		this.events.publishEvent(
				new MeetingScheduled(meeting.id(), communityId, meeting.title(), meeting.startsAt(), by, now));
		return meeting;
	}

	/**
	 * Starts a series and generates its meetings ahead of time.
	 * @param communityId the community
	 * @param settings when it meets and what its meetings are
	 * @param by who plans it
	 * @return the series
	 */
	@Transactional
	public Series startSeries(UUID communityId, SeriesSettings settings, UUID by) {
		Series started = this.series.save(new Series(communityId, settings, by, this.clock.instant()));
		generate(started, false);
		return started;
	}

	/**
	 * Generates a series' meetings up to the horizon, after the last one it generated
	 * before. A date the series has a meeting for already, whatever became of it, gets
	 * none: the database's unique (series, date) refuses a second one, also when two
	 * instances extend at once.
	 * @param seriesId the series
	 * @return how many meetings were added
	 */
	@Transactional
	public int extend(UUID seriesId) {
		return this.series.findById(seriesId).map((found) -> generate(found, false)).orElse(0);
	}

	/**
	 * Changes a series. With {@code alsoUpcoming}, its upcoming meetings that were
	 * neither changed on their own nor cancelled follow: they take the new settings,
	 * those on dates the series no longer meets on are removed (cancelled instead when
	 * anyone registered), and the new dates get meetings. Without, only meetings
	 * generated from now on take the new settings.
	 * @param seriesId the series
	 * @param settings the new settings
	 * @param alsoUpcoming whether the upcoming meetings follow
	 * @param by who changes it
	 * @return what happened to the meetings
	 * @throws NoSuchElementException when there is no such series
	 */
	@Transactional
	public SeriesChange change(UUID seriesId, SeriesSettings settings, boolean alsoUpcoming, UUID by) {
		Series changed = this.series.findById(seriesId).orElseThrow();
		changed.change(settings);
		if (!alsoUpcoming) {
			return new SeriesChange(0, 0, 0, 0);
		}
		Instant now = this.clock.instant();
		Recurrence recurrence = changed.recurrence();
		int updated = 0;
		int removed = 0;
		int cancelled = 0;
		for (Meeting meeting : this.planned.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(seriesId, now)) {
			LocalDate date = meeting.occurrenceDate();
			if (meeting.detached() || meeting.state() != MeetingState.SCHEDULED || date == null) {
				continue;
			}
			if (recurrence.meetsOn(date)) {
				MeetingDetails next = changed.appliedTo(meeting.details(), date);
				if (!next.equals(meeting.details())) {
					meeting.change(next, now);
					updated++;
				}
			}
			else if (this.planned.registrationsOf(meeting.id()) > 0) {
				cancel(meeting, null, by, now);
				cancelled++;
			}
			else {
				this.planned.delete(meeting);
				removed++;
			}
		}
		this.meetings.flush();
		return new SeriesChange(updated, generate(changed, true), removed, cancelled);
	}

	/**
	 * Changes one meeting. A meeting of a series is detached from it: later changes to
	 * the series leave it be.
	 * @param meetingId the meeting
	 * @param details what it is now
	 * @return the meeting
	 * @throws NoSuchElementException when there is no such meeting
	 * @throws IllegalStateException when it was cancelled or closed
	 */
	@Transactional
	public Meeting edit(UUID meetingId, MeetingDetails details) {
		Meeting meeting = this.meetings.lockById(meetingId).orElseThrow();
		meeting.change(details, this.clock.instant());
		if (meeting.seriesId() != null) {
			meeting.detach();
		}
		return meeting;
	}

	/**
	 * Calls one meeting off and tells the rest of the system with
	 * {@link MeetingCancelled}, in the same transaction.
	 * @param meetingId the meeting
	 * @param reason why, or null
	 * @param by the facilitator
	 * @return the meeting
	 * @throws NoSuchElementException when there is no such meeting
	 * @throws IllegalStateException when it was cancelled or closed already
	 */
	@Transactional
	public Meeting cancel(UUID meetingId, @Nullable String reason, UUID by) {
		Meeting meeting = this.meetings.lockById(meetingId).orElseThrow();
		cancel(meeting, reason, by, this.clock.instant());
		return meeting;
	}

	private void cancel(Meeting meeting, @Nullable String reason, UUID by, Instant now) {
		meeting.cancel(reason, now);
		this.events.publishEvent(new MeetingCancelled(meeting.id(), meeting.communityId(), meeting.title(),
				meeting.startsAt(), reason, by, now));
	}

	private int generate(Series from, boolean fillGaps) {
		Recurrence recurrence = from.recurrence();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, recurrence.zone());
		Set<LocalDate> existing = new HashSet<>(this.planned.occurrenceDates(from.id()));
		LocalDate start = today;
		if (!fillGaps && !existing.isEmpty()) {
			LocalDate afterLatest = Collections.max(existing).plusDays(1);
			start = afterLatest.isAfter(today) ? afterLatest : today;
		}
		List<LocalDate> dates = recurrence.dates(start, today.plus(this.settings.ahead()));
		int added = 0;
		for (LocalDate date : dates) {
			if (!existing.contains(date) && recurrence.at(date).toInstant().isAfter(now)) {
				this.meetings.save(Meeting.occurrence(from.communityId(), from.id(), date, from.occurrence(date),
						from.createdBy(), now));
				added++;
			}
		}
		return added;
	}

	/**
	 * What changing a series did to its upcoming meetings.
	 *
	 * @param updated meetings that took the new settings
	 * @param added meetings added on new dates
	 * @param removed meetings removed from dates the series no longer meets on
	 * @param cancelled such meetings cancelled instead, because people registered
	 */
	public record SeriesChange(int updated, int added, int removed, int cancelled) {
	}

}
