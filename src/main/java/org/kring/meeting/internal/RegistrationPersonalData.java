package org.kring.meeting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What meeting registrations hold about a person with an account: each registration with
 * its meeting, state, answers and attendance. Erasing gives up their seats and places on
 * the waiting list of meetings still to come (the next in line moves up), and keeps every
 * registration as an anonymous row, so that past meetings keep their counts.
 */
@Component
class RegistrationPersonalData implements PersonalData {

	private final Registrations registrations;

	private final Meetings meetings;

	private final MeetingRegistrations service;

	private final java.time.Clock clock;

	RegistrationPersonalData(Registrations registrations, Meetings meetings, MeetingRegistrations service,
			java.time.Clock clock) {
		this.clock = clock;
		this.registrations = registrations;
		this.meetings = meetings;
		this.service = service;
	}

	@Override
	public String section() {
		return "meetingRegistrations";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<Registration> own = this.registrations.findByPersonIdOrderByCreatedAt(personId);
		if (own.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Meeting> meetingsById = new LinkedHashMap<>();
		this.meetings.findAllById(own.stream().map(Registration::meetingId).toList())
			.forEach((meeting) -> meetingsById.put(meeting.id(), meeting));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Registration registration : own) {
			Meeting meeting = meetingsById.get(registration.meetingId());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("meeting", (meeting != null) ? meeting.title() : null);
			row.put("startsAt", (meeting != null) ? meeting.startsAt().toString() : null);
			row.put("state", registration.state().name());
			row.put("registeredAt", registration.createdAt().toString());
			row.put("cancelledAt", text(registration.cancelledAt()));
			row.put("dietaryNeeds", registration.dietaryNeeds());
			row.put("accessibilityNeeds", registration.accessibilityNeeds());
			row.put("interpretationLanguage", registration.interpretationLanguage());
			row.put("freeText", registration.freeText());
			row.put("attended", registration.attended());
			rows.add(row);
		}
		return Map.of("registrations", rows);
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		for (Registration registration : this.registrations.findByPersonIdOrderByCreatedAt(personId)) {
			boolean upcoming = this.meetings.findById(registration.meetingId())
				.filter((meeting) -> meeting.state() == MeetingState.SCHEDULED)
				.filter((meeting) -> meeting.startsAt().isAfter(this.clock.instant()))
				.isPresent();
			if (upcoming && registration.state() != RegistrationState.CANCELLED) {
				this.service.cancel(registration.meetingId(), registration.id());
			}
		}
		for (Registration registration : this.registrations.findByPersonIdOrderByCreatedAt(personId)) {
			registration.anonymise();
		}
	}

	private static @Nullable String text(java.time.@Nullable Instant moment) {
		return (moment != null) ? moment.toString() : null;
	}

}
