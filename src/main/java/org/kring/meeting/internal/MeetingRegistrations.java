package org.kring.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.RegistrationConfirmed;
import org.kring.meeting.RegistrationPromoted;
import org.kring.system.KringPrincipal;
import org.kring.system.security.LinkSecrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering for meetings, cancelling, the waiting list and attendance. Every change to
 * a meeting's registrations first locks the meeting's row, so that changes for one
 * meeting happen one after the other: capacity is never exceeded, and the waiting list is
 * served strictly in order of arrival.
 */
@Service
public class MeetingRegistrations {

	private static final Set<RegistrationState> PLACED = Set.of(RegistrationState.CONFIRMED, RegistrationState.WAITING);

	private final Meetings meetings;

	private final Registrations registrations;

	private final MeetingAccess access;

	private final RegistrationMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingRegistrations(Meetings meetings, Registrations registrations, MeetingAccess access, RegistrationMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.access = access;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A signed-in person registers themselves with one click.
	 * @param meetingId the meeting
	 * @param me the person
	 * @param answers their answers to the meeting's questions
	 * @return {@link RegistrationOutcome#CONFIRMED}, {@link RegistrationOutcome#WAITING}
	 * or {@link RegistrationOutcome#ALREADY_REGISTERED}
	 * @throws AccessDeniedException when they may not register for it
	 * @throws RegistrationRefused when the meeting takes no registrations now
	 */
	@Transactional
	public RegistrationOutcome register(UUID meetingId, KringPrincipal me, RegistrationAnswers answers) {
		Meeting meeting = lock(meetingId);
		if (!this.access.mayRegister(me, meeting)) {
			throw new AccessDeniedException("May not register");
		}
		Instant now = this.clock.instant();
		requireOpen(meeting, now, true);
		Optional<Registration> existing = this.registrations.findByMeetingIdAndPersonId(meetingId, me.id());
		if (existing.isPresent() && existing.get().state().active()) {
			return RegistrationOutcome.ALREADY_REGISTERED;
		}
		String cancelSecret = LinkSecrets.newSecret();
		Registration registration = existing
			.orElseGet(() -> Registration.ofPerson(meetingId, me.id(), LinkSecrets.hash(LinkSecrets.newSecret()), now));
		registration.renew(answers.askedBy(meeting), LinkSecrets.hash(LinkSecrets.newSecret()), null);
		return place(meeting, registration, cancelSecret, now);
	}

	/**
	 * A visitor without an account registers for a public meeting: they get a mail to
	 * confirm with, and take a place only once they confirm.
	 * @param meetingId the meeting
	 * @param name their name or nickname
	 * @param email their address
	 * @param answers their answers to the meeting's questions
	 * @param language the page's language, for their mails
	 * @return {@link RegistrationOutcome#CHECK_MAIL} or
	 * {@link RegistrationOutcome#ALREADY_REGISTERED}
	 * @throws AccessDeniedException when the meeting is not public
	 * @throws RegistrationRefused when the meeting takes no registrations now
	 */
	@Transactional
	public RegistrationOutcome registerVisitor(UUID meetingId, String name, String email, RegistrationAnswers answers,
			Locale language) {
		Meeting meeting = lock(meetingId);
		if (!meeting.publicMeeting()) {
			throw new AccessDeniedException("Visitors register for public meetings only");
		}
		Instant now = this.clock.instant();
		requireOpen(meeting, now, true);
		String address = email.strip().toLowerCase(Locale.ROOT);
		Optional<Registration> existing = this.registrations.findByMeetingIdAndEmail(meetingId, address);
		if (existing.isPresent() && existing.get().state().active()) {
			return RegistrationOutcome.ALREADY_REGISTERED;
		}
		String confirmSecret = LinkSecrets.newSecret();
		Registration registration = existing.orElseGet(() -> Registration.ofVisitor(meetingId, name.strip(), address,
				language, LinkSecrets.hash(confirmSecret), LinkSecrets.hash(LinkSecrets.newSecret()), now));
		registration.renew(answers.askedBy(meeting), LinkSecrets.hash(LinkSecrets.newSecret()),
				LinkSecrets.hash(confirmSecret));
		this.registrations.save(registration);
		this.mails.confirm(registration, meeting, confirmSecret);
		return RegistrationOutcome.CHECK_MAIL;
	}

	/**
	 * A visitor confirms through the link in their mail and takes a seat, or a place on
	 * the waiting list.
	 * @param confirmSecret the secret from the link
	 * @return the outcome, or empty when the link is unknown or was used already
	 * @throws RegistrationRefused when the meeting takes no registrations any more
	 */
	@Transactional
	public Optional<RegistrationOutcome> confirm(String confirmSecret) {
		Optional<Registrations.Key> found = this.registrations.keyByConfirmTokenHash(LinkSecrets.hash(confirmSecret));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Meeting meeting = lock(found.get().meetingId());
		Registration registration = this.registrations.findById(found.get().id()).orElseThrow();
		if (registration.state() != RegistrationState.UNCONFIRMED) {
			return Optional.of(RegistrationOutcome.ALREADY_REGISTERED);
		}
		Instant now = this.clock.instant();
		requireOpen(meeting, now, true);
		return Optional.of(place(meeting, registration, LinkSecrets.newSecret(), now));
	}

	/**
	 * A facilitator registers a participant by nickname only, with no address: for people
	 * who cannot or will not give one. Facilitators may do so outside the registration
	 * window, but not once the meeting started.
	 * @param meetingId the meeting
	 * @param me the facilitator
	 * @param nickname the participant's nickname
	 * @param answers the participant's answers
	 * @return {@link RegistrationOutcome#CONFIRMED} or
	 * {@link RegistrationOutcome#WAITING}
	 * @throws AccessDeniedException when they do not facilitate the meeting
	 * @throws RegistrationRefused when the meeting takes no registrations any more
	 */
	@Transactional
	public RegistrationOutcome registerByNickname(UUID meetingId, KringPrincipal me, String nickname,
			RegistrationAnswers answers) {
		Meeting meeting = lock(meetingId);
		if (!this.access.mayFacilitate(me, meeting)) {
			throw new AccessDeniedException("May not register others");
		}
		Instant now = this.clock.instant();
		requireOpen(meeting, now, false);
		Registration registration = Registration.byNickname(meetingId, nickname.strip(), me.id(),
				LinkSecrets.hash(LinkSecrets.newSecret()), now);
		registration.answer(answers.askedBy(meeting));
		return place(meeting, registration, LinkSecrets.newSecret(), now);
	}

	/**
	 * Cancels through the link in a mail, without signing in.
	 * @param cancelSecret the secret from the link
	 * @return the outcome, or empty when the link is unknown
	 */
	@Transactional
	public Optional<RegistrationOutcome> cancelByLink(String cancelSecret) {
		return this.registrations.keyByCancelTokenHash(LinkSecrets.hash(cancelSecret))
			.map((found) -> cancel(found.meetingId(), found.id()));
	}

	/**
	 * A signed-in person cancels their own registration.
	 * @param meetingId the meeting
	 * @param me the person
	 * @return {@link RegistrationOutcome#CANCELLED} or
	 * {@link RegistrationOutcome#ALREADY_CANCELLED} (also when they never registered)
	 */
	@Transactional
	public RegistrationOutcome cancel(UUID meetingId, KringPrincipal me) {
		lock(meetingId);
		return this.registrations.findByMeetingIdAndPersonId(meetingId, me.id())
			.map((found) -> cancel(meetingId, found.id()))
			.orElse(RegistrationOutcome.ALREADY_CANCELLED);
	}

	/**
	 * The registration a cancellation link names, to show what it cancels.
	 * @param cancelSecret the secret from the link
	 * @return the registration, or empty when the link is unknown
	 */
	@Transactional(readOnly = true)
	public Optional<Registration> byCancelLink(String cancelSecret) {
		return this.registrations.findByCancelTokenHash(LinkSecrets.hash(cancelSecret));
	}

	/**
	 * The registration a confirmation link names, to show what it confirms.
	 * @param confirmSecret the secret from the link
	 * @return the registration, or empty when the link is unknown or was used already
	 */
	@Transactional(readOnly = true)
	public Optional<Registration> byConfirmLink(String confirmSecret) {
		return this.registrations.findByConfirmTokenHash(LinkSecrets.hash(confirmSecret));
	}

	/**
	 * Cancels one registration and gives its seat to the first on the waiting list.
	 * Called with the meeting's row locked, also when erasing a person.
	 */
	RegistrationOutcome cancel(UUID meetingId, UUID registrationId) {
		Meeting meeting = lock(meetingId);
		Registration registration = this.registrations.findById(registrationId).orElseThrow();
		if (registration.state() == RegistrationState.CANCELLED) {
			return RegistrationOutcome.ALREADY_CANCELLED;
		}
		Instant now = this.clock.instant();
		registration.cancel(now);
		this.registrations.saveAndFlush(registration);
		if (meeting.state() == MeetingState.SCHEDULED && now.isBefore(meeting.startsAt())) {
			fillFreeSeats(meeting, now);
		}
		return RegistrationOutcome.CANCELLED;
	}

	/**
	 * The questions a meeting asks on registration, for a form shown again.
	 * @param meetingId the meeting
	 * @return the questions, or none for an unknown meeting
	 */
	@Transactional(readOnly = true)
	public Set<RegistrationQuestion> questions(UUID meetingId) {
		return this.meetings.findById(meetingId).map(Meeting::questions).orElse(Set.of());
	}

	/**
	 * The confirmed registrations, in order, for the attendance list.
	 * @param meeting the meeting
	 * @return the registrations
	 */
	@Transactional(readOnly = true)
	public List<Registration> confirmed(Meeting meeting) {
		return this.registrations.findByMeetingIdAndStateInOrderByPosition(meeting.id(),
				Set.of(RegistrationState.CONFIRMED));
	}

	/**
	 * Records who came: every confirmed registration named came, every other did not.
	 * @param meetingId the meeting
	 * @param me the facilitator
	 * @param came the registrations of the people who came
	 * @throws AccessDeniedException when they do not facilitate the meeting
	 * @throws RegistrationRefused before the meeting started, or when it was cancelled
	 */
	@Transactional
	public void recordAttendance(UUID meetingId, KringPrincipal me, Collection<UUID> came) {
		Meeting meeting = attendable(meetingId, me);
		for (Registration registration : confirmed(meeting)) {
			registration.attend(came.contains(registration.id()));
		}
	}

	/**
	 * Adds someone who came without registering, by nickname.
	 * @param meetingId the meeting
	 * @param me the facilitator
	 * @param nickname their nickname
	 * @throws AccessDeniedException when they do not facilitate the meeting
	 * @throws RegistrationRefused before the meeting started, or when it was cancelled
	 */
	@Transactional
	public void addWalkIn(UUID meetingId, KringPrincipal me, String nickname) {
		Meeting meeting = attendable(meetingId, me);
		this.registrations.save(Registration.walkIn(meetingId, nickname.strip(), me.id(), meeting.nextPosition(),
				LinkSecrets.hash(LinkSecrets.newSecret()), this.clock.instant()));
	}

	/**
	 * Whether someone runs a meeting, read in a transaction of its own.
	 * @param me the signed-in person
	 * @param meetingId the meeting
	 * @return true when they may facilitate it
	 */
	@Transactional(readOnly = true)
	public boolean mayFacilitate(KringPrincipal me, UUID meetingId) {
		return this.meetings.findById(meetingId)
			.filter((meeting) -> this.access.mayFacilitate(me, meeting))
			.isPresent();
	}

	/**
	 * Why a meeting's attendance cannot be recorded now.
	 * @param meeting the meeting
	 * @return the message key telling why, or null once it started (and was not
	 * cancelled)
	 */
	public @Nullable String attendanceClosedKey(Meeting meeting) {
		if (meeting.state() == MeetingState.CANCELLED) {
			return RegistrationRefused.MEETING_CANCELLED;
		}
		if (this.clock.instant().isBefore(meeting.startsAt())) {
			return RegistrationRefused.NOT_STARTED;
		}
		return null;
	}

	private Meeting attendable(UUID meetingId, KringPrincipal me) {
		Meeting meeting = lock(meetingId);
		if (!this.access.mayFacilitate(me, meeting)) {
			throw new AccessDeniedException("May not record attendance");
		}
		String closed = attendanceClosedKey(meeting);
		if (closed != null) {
			throw new RegistrationRefused(closed);
		}
		return meeting;
	}

	private RegistrationOutcome place(Meeting meeting, Registration registration, String cancelSecret, Instant now) {
		fillFreeSeats(meeting, now);
		boolean seatFree = meeting.capacity() == null || this.registrations.countByMeetingIdAndState(meeting.id(),
				RegistrationState.CONFIRMED) < meeting.capacity();
		registration.take(meeting.nextPosition(), seatFree, LinkSecrets.hash(cancelSecret), now);
		this.registrations.saveAndFlush(registration);
		long placeInLine = seatFree ? 0
				: this.registrations.countWaitingBefore(meeting.id(), registration.position()) + 1;
		this.mails.placed(registration, meeting, cancelSecret, placeInLine, now);
		if (seatFree) {
			this.events.publishEvent(new RegistrationConfirmed(meeting.id(), registration.id(), registration.personId(),
					meeting.communityId(), now));
			return RegistrationOutcome.CONFIRMED;
		}
		return RegistrationOutcome.WAITING;
	}

	/** Gives every free seat to the first on the waiting list, in order. */
	private void fillFreeSeats(Meeting meeting, Instant now) {
		if (meeting.capacity() == null) {
			return;
		}
		long free = meeting.capacity()
				- this.registrations.countByMeetingIdAndState(meeting.id(), RegistrationState.CONFIRMED);
		while (free > 0) {
			Optional<Registration> first = this.registrations.findFirstByMeetingIdAndStateOrderByPosition(meeting.id(),
					RegistrationState.WAITING);
			if (first.isEmpty()) {
				return;
			}
			Registration promoted = first.get();
			String cancelSecret = LinkSecrets.newSecret();
			promoted.promote(LinkSecrets.hash(cancelSecret), now);
			this.registrations.saveAndFlush(promoted);
			this.mails.promoted(promoted, meeting, cancelSecret, now);
			this.events.publishEvent(new RegistrationPromoted(meeting.id(), promoted.id(), promoted.personId(),
					meeting.communityId(), now));
			free--;
		}
	}

	/**
	 * Why a meeting takes no registrations now.
	 * @param meeting the meeting
	 * @param now the current time
	 * @param window whether its registration window counts (not for facilitators)
	 * @return the message key telling why, or null when it takes registrations
	 */
	public static @Nullable String closedKey(Meeting meeting, Instant now, boolean window) {
		if (meeting.state() == MeetingState.CANCELLED) {
			return RegistrationRefused.MEETING_CANCELLED;
		}
		if (meeting.state() == MeetingState.CLOSED) {
			return RegistrationRefused.MEETING_CLOSED;
		}
		if (!now.isBefore(meeting.startsAt())) {
			return RegistrationRefused.STARTED;
		}
		if (window && meeting.registrationOpensAt() != null && now.isBefore(meeting.registrationOpensAt())) {
			return RegistrationRefused.NOT_OPEN;
		}
		if (window && meeting.registrationClosesAt() != null && !now.isBefore(meeting.registrationClosesAt())) {
			return RegistrationRefused.CLOSED;
		}
		return null;
	}

	private static void requireOpen(Meeting meeting, Instant now, boolean window) {
		String closed = closedKey(meeting, now, window);
		if (closed != null) {
			throw new RegistrationRefused(closed);
		}
	}

	private Meeting lock(UUID meetingId) {
		return this.meetings.lockById(meetingId).orElseThrow(() -> new UnknownMeeting(meetingId));
	}

	/** No meeting has the id. */
	public static class UnknownMeeting extends RuntimeException {

		UnknownMeeting(@Nullable UUID id) {
			super("No meeting " + id);
		}

	}

}
