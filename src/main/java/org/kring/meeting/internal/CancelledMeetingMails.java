package org.kring.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.kring.meeting.MeetingCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone registered for a meeting (with a seat or on the waiting list) that it
 * was called off, with the cancellation for their calendar.
 */
@Component
class CancelledMeetingMails {

	private final Meetings meetings;

	private final Registrations registrations;

	private final RegistrationMails mails;

	private final Clock clock;

	CancelledMeetingMails(Meetings meetings, Registrations registrations, RegistrationMails mails, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.mails = mails;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MeetingCancelled cancelled) {
		Meeting meeting = this.meetings.findById(cancelled.meetingId()).orElse(null);
		if (meeting == null) {
			return;
		}
		Instant now = this.clock.instant();
		for (Registration registration : this.registrations.findByMeetingIdAndStateInOrderByPosition(meeting.id(),
				Set.of(RegistrationState.CONFIRMED, RegistrationState.WAITING))) {
			this.mails.meetingCancelled(registration, meeting, now);
		}
	}

}
