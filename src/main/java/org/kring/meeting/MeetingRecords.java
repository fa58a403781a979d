package org.kring.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.meeting.closing.ClosingInput;
import org.kring.meeting.closing.ClosingOutcome;
import org.kring.meeting.closing.MeetingClosing;
import org.kring.meeting.closing.ProductInput;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingDetails;
import org.kring.meeting.internal.MeetingFormat;
import org.kring.meeting.internal.MeetingPlanning;
import org.kring.meeting.internal.MeetingRegistrations;
import org.kring.meeting.internal.PastAttendance;
import org.kring.meeting.internal.PlannedMeetings;
import org.kring.meeting.internal.Recurrence;
import org.kring.meeting.internal.RegistrationAnswers;
import org.kring.meeting.internal.SeriesSettings;
import org.kring.meeting.internal.ThemeAgenda;
import org.kring.meeting.internal.ThemeProposal;
import org.kring.system.ActingPerson;
import org.kring.system.KringPrincipal;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings, registrations and themes put in by the instance itself (demo data, imports of
 * a network's earlier meetings), through the same rules people meet on the pages: each
 * action is taken in the name of the person it names, who must be allowed to take it.
 */
@Service
public class MeetingRecords {

	private final MeetingPlanning planning;

	private final MeetingRegistrations registrations;

	private final ThemeAgenda agenda;

	private final MeetingClosing closing;

	private final PastAttendance attendance;

	private final PlannedMeetings planned;

	private final AccountManagement accounts;

	MeetingRecords(MeetingPlanning planning, MeetingRegistrations registrations, ThemeAgenda agenda,
			MeetingClosing closing, PastAttendance attendance, PlannedMeetings planned, AccountManagement accounts) {
		this.planning = planning;
		this.registrations = registrations;
		this.agenda = agenda;
		this.closing = closing;
		this.attendance = attendance;
		this.planned = planned;
		this.accounts = accounts;
	}

	/**
	 * Whether a community has any meeting, past or upcoming.
	 * @param communityId the community
	 * @return true when it has
	 */
	@Transactional(readOnly = true)
	public boolean hasMeetings(UUID communityId) {
		return !this.planned
			.findByCommunityIdAndStartsAtGreaterThanEqualOrderByStartsAt(communityId, Instant.EPOCH, Limit.of(1))
			.isEmpty();
	}

	/**
	 * Starts a series in a place; its meetings are generated a year ahead.
	 * @param communityId the community
	 * @param plan when and where it meets
	 * @param by the facilitator who plans it
	 * @return the generated meetings' ids, soonest first
	 */
	@Transactional
	public List<UUID> startSeries(UUID communityId, SeriesPlan plan, UUID by) {
		Recurrence recurrence = Recurrence.monthlyOnWeekday(plan.intervalMonths(), plan.weekOfMonth(), plan.weekday(),
				plan.firstDate(), null, plan.time(), plan.zone());
		SeriesSettings settings = new SeriesSettings(plan.title(), plan.description(), recurrence, plan.duration(),
				MeetingFormat.IN_PERSON, plan.address(), plan.room(), null, null, plan.capacity(),
				MeetingDetails.DEFAULT_REMINDER_MINUTES);
		UUID seriesId = this.planning.startSeries(communityId, settings, by).id();
		return this.planned.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(seriesId, Instant.EPOCH)
			.stream()
			.map(Meeting::id)
			.toList();
	}

	/**
	 * Plans a public meeting on its own, such as a seminar anyone may come to.
	 * @param communityId the community
	 * @param title its title
	 * @param theme its theme
	 * @param description what it is about
	 * @param start when it starts
	 * @param duration how long it lasts
	 * @param address where
	 * @param capacity how many may register
	 * @param by the facilitator who plans it
	 * @return the meeting's id
	 */
	@Transactional
	public UUID schedulePublic(UUID communityId, String title, String theme, String description, ZonedDateTime start,
			Duration duration, String address, int capacity, UUID by) {
		MeetingDetails details = new MeetingDetails(title, theme, description, start, start.plus(duration),
				MeetingFormat.IN_PERSON, address, null, null, null, capacity, null, null, Set.of(), true,
				MeetingDetails.DEFAULT_REMINDER_MINUTES, List.of(), Set.of());
		return this.planning.schedule(communityId, details, by).id();
	}

	/**
	 * Records a meeting that took place, who came, and closes it with its minutes and
	 * products, publishing {@link MeetingClosed}.
	 * @param communityId the community
	 * @param past the meeting
	 * @param by the facilitator who ran it
	 * @return the meeting's id
	 * @throws IllegalStateException when the meeting cannot be closed as given
	 */
	@Transactional
	public UUID recordPast(UUID communityId, PastMeeting past, UUID by) {
		MeetingDetails details = new MeetingDetails(past.title(), past.theme(), null, past.start(),
				past.start().plus(past.duration()), MeetingFormat.IN_PERSON, past.address(), null, null, null, null,
				null, null, Set.of(), false, MeetingDetails.DEFAULT_REMINDER_MINUTES, List.of(), Set.of());
		UUID meetingId = this.planning.schedule(communityId, details, by).id();
		this.attendance.attended(meetingId, past.attendees(), past.start().minusWeeks(2).toInstant());
		List<ProductInput> rows = new ArrayList<>();
		for (PastMeeting.Product product : past.products()) {
			rows.add(new ProductInput(rows.size(), product.kind(), product.title(), product.description(),
					product.authority(), product.ruleTested()));
		}
		ClosingOutcome outcome = this.closing.close(acting(by), meetingId, new ClosingInput(past.minutes(), rows));
		if (!outcome.ok()) {
			throw new IllegalStateException("The past meeting could not be closed: " + outcome);
		}
		return meetingId;
	}

	/**
	 * Registers a person for a meeting, as their one click would.
	 * @param meetingId the meeting
	 * @param personId the person
	 */
	@Transactional
	public void register(UUID meetingId, UUID personId) {
		this.registrations.register(meetingId, acting(personId), RegistrationAnswers.NONE);
	}

	/**
	 * Registers a participant by nickname only, as a facilitator does for people without
	 * an e-mail address.
	 * @param meetingId the meeting
	 * @param facilitator the facilitator
	 * @param nickname the nickname
	 */
	@Transactional
	public void registerByNickname(UUID meetingId, UUID facilitator, String nickname) {
		this.registrations.registerByNickname(meetingId, acting(facilitator), nickname, RegistrationAnswers.NONE);
	}

	/**
	 * Proposes a theme for a community's agenda.
	 * @param communityId the community
	 * @param personId the member who proposes it
	 * @param title the theme
	 * @param reason why it matters
	 * @return the theme's id
	 */
	@Transactional
	public UUID proposeTheme(UUID communityId, UUID personId, String title, String reason) {
		return this.agenda.propose(acting(personId), communityId, ThemeProposal.of(title, reason, null)).id();
	}

	/**
	 * Supports a theme.
	 * @param communityId the community
	 * @param themeId the theme
	 * @param personId the member who supports it
	 */
	@Transactional
	public void supportTheme(UUID communityId, UUID themeId, UUID personId) {
		this.agenda.support(acting(personId), communityId, themeId);
	}

	/**
	 * Schedules a theme onto an upcoming meeting.
	 * @param communityId the community
	 * @param themeId the theme
	 * @param meetingId the meeting
	 * @param facilitator the facilitator who schedules it
	 */
	@Transactional
	public void scheduleTheme(UUID communityId, UUID themeId, UUID meetingId, UUID facilitator) {
		this.agenda.schedule(acting(facilitator), communityId, themeId, meetingId);
	}

	private KringPrincipal acting(UUID personId) {
		return new ActingPerson(personId, this.accounts.displayNameOf(personId));
	}

}
