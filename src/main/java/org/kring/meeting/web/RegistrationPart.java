package org.kring.meeting.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingRegistrations;
import org.kring.meeting.internal.Registration;
import org.kring.meeting.internal.RegistrationQuestion;
import org.kring.meeting.internal.RegistrationState;
import org.kring.meeting.internal.Registrations;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;

/**
 * The registration part of a meeting's page: seats left or the waiting list, the reader's
 * own registration, the online link for people with a seat, the forms to register and
 * cancel, and for facilitators the list of registrations. Its queries do not grow with
 * the number of registrations.
 */
@Component
class RegistrationPart implements MeetingPagePart {

	/** The form fields of the questions, in the order the forms show them. */
	static final Map<RegistrationQuestion, String> FIELDS = Map.of(RegistrationQuestion.DIETARY, "dietaryNeeds",
			RegistrationQuestion.ACCESSIBILITY, "accessibilityNeeds", RegistrationQuestion.INTERPRETATION,
			"interpretationLanguage", RegistrationQuestion.FREE_TEXT, "freeText");

	private final Registrations registrations;

	private final MeetingAccess access;

	private final RegistrationNames names;

	private final Clock clock;

	RegistrationPart(Registrations registrations, MeetingAccess access, RegistrationNames names, Clock clock) {
		this.registrations = registrations;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Optional<Part> part(Meeting meeting, @Nullable KringPrincipal viewer, Locale language) {
		Instant now = this.clock.instant();
		Map<RegistrationState, Long> counts = new EnumMap<>(RegistrationState.class);
		for (Object[] row : this.registrations.countByState(meeting.id())) {
			counts.put((RegistrationState) row[0], ((Number) row[1]).longValue());
		}
		Registration own = (viewer != null) ? this.registrations.findByMeetingIdAndPersonId(meeting.id(), viewer.id())
			.filter((found) -> found.state() != RegistrationState.CANCELLED)
			.orElse(null) : null;
		long placeInLine = (own != null && own.state() == RegistrationState.WAITING)
				? this.registrations.countWaitingBefore(meeting.id(), own.position()) + 1 : 0;
		boolean facilitator = this.access.mayFacilitate(viewer, meeting);
		boolean seated = own != null && own.state() == RegistrationState.CONFIRMED;
		String closedKey = MeetingRegistrations.closedKey(meeting, now, true);
		boolean mayRegister = viewer != null && own == null && closedKey == null
				&& this.access.mayRegister(viewer, meeting);
		boolean visitorForm = viewer == null && closedKey == null && meeting.publicMeeting();
		List<String> questions = ordered(meeting.questions());
		RegistrationPartView view = new RegistrationPartView(meeting.id(), meeting.capacity(),
				counts.getOrDefault(RegistrationState.CONFIRMED, 0L),
				counts.getOrDefault(RegistrationState.WAITING, 0L), (own != null) ? own.state() : null, placeInLine,
				(seated || facilitator) ? meeting.onlineLink() : null, closedKey, mayRegister, visitorForm, questions,
				facilitator, facilitator && MeetingRegistrations.closedKey(meeting, now, false) == null,
				facilitator ? rows(meeting) : List.of(), !now.isBefore(meeting.startsAt()));
		return Optional.of(new Part("registration", "registration.heading", "meeting/registration.jte", view));
	}

	static List<String> ordered(Set<RegistrationQuestion> asked) {
		List<String> fields = new ArrayList<>();
		for (RegistrationQuestion question : RegistrationQuestion.values()) {
			if (asked.contains(question)) {
				fields.add(FIELDS.get(question));
			}
		}
		return fields;
	}

	private List<RegistrationPartView.Row> rows(Meeting meeting) {
		List<Registration> placed = this.registrations.findByMeetingIdAndStateInOrderByPosition(meeting.id(),
				Set.of(RegistrationState.CONFIRMED, RegistrationState.WAITING));
		Map<UUID, String> names = this.names.of(placed);
		List<RegistrationPartView.Row> rows = new ArrayList<>();
		long waiting = 0;
		for (Registration registration : placed) {
			String name = names.get(registration.id());
			long place = (registration.state() == RegistrationState.WAITING) ? ++waiting : 0;
			rows.add(new RegistrationPartView.Row(name, registration.state(), place,
					registration.registeredBy() != null, registration.personId() != null));
		}
		return rows;
	}

}
