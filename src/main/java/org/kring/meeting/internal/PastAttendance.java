package org.kring.meeting.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.kring.system.security.LinkSecrets;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who came to a meeting that took place before it was put into Kring, for the
 * instance itself (demo data, imports): registration refuses a meeting that has started,
 * so these people get a seat and their attendance at once.
 */
@Component
public class PastAttendance {

	private final Meetings meetings;

	private final Registrations registrations;

	PastAttendance(Meetings meetings, Registrations registrations) {
		this.meetings = meetings;
		this.registrations = registrations;
	}

	/**
	 * Gives each person a seat at a past meeting and marks them as having come.
	 * @param meetingId the meeting
	 * @param people the people who came
	 * @param registeredAt when they registered
	 */
	@Transactional
	public void attended(UUID meetingId, Collection<UUID> people, Instant registeredAt) {
		Meeting meeting = this.meetings.lockById(meetingId).orElseThrow();
		for (UUID person : people) {
			String cancelHash = LinkSecrets.hash(LinkSecrets.newSecret());
			Registration registration = Registration.ofPerson(meetingId, person, cancelHash, registeredAt);
			registration.take(meeting.nextPosition(), true, cancelHash, registeredAt);
			registration.attend(true);
			this.registrations.save(registration);
		}
	}

}
