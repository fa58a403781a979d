package org.kring.meeting.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.system.KringProperties;
import org.kring.system.mail.MailAttachment;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails about a registration, in the recipient's language (their account's, or the
 * language of the page a visitor registered on), each leaving once the change it tells of
 * is committed. Mails that give someone a seat carry the meeting as an iCalendar
 * invitation; the mail about a cancelled meeting carries the cancellation.
 */
@Component
class RegistrationMails {

	static final String CONFIRM = "registration.mail.confirm";

	static final String CONFIRMED = "registration.mail.confirmed";

	static final String WAITING = "registration.mail.waiting";

	static final String PROMOTED = "registration.mail.promoted";

	static final String MEETING_CANCELLED = "registration.mail.meetingCancelled";

	static final String REMINDER = "registration.mail.reminder";

	/** The file name of the invitation. */
	static final String INVITATION_NAME = "meeting.ics";

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final AccountManagement accounts;

	private final KringProperties properties;

	private final CalendarFiles calendars;

	RegistrationMails(MailDispatch dispatch, MessageSource messages, AccountManagement accounts,
			KringProperties properties, CalendarFiles calendars) {
		this.dispatch = dispatch;
		this.messages = messages;
		this.accounts = accounts;
		this.properties = properties;
		this.calendars = calendars;
	}

	/** A visitor's mail with the link that confirms their registration. */
	void confirm(Registration registration, Meeting meeting, String confirmSecret) {
		send(registration, meeting, CONFIRM, null, (to) -> new Object[] { to.name(), meeting.title(),
				when(meeting, to.language()), this.dispatch.link("/registrations/" + confirmSecret + "/confirm") });
	}

	/** The mail that tells someone they have a seat, or a place on the waiting list. */
	void placed(Registration registration, Meeting meeting, String cancelSecret, long placeInLine, Instant now) {
		String cancelLink = this.dispatch.link("/registrations/" + cancelSecret + "/cancel");
		if (registration.state() == RegistrationState.CONFIRMED) {
			send(registration, meeting, CONFIRMED, invitation(meeting, now), (to) -> new Object[] { to.name(),
					meeting.title(), when(meeting, to.language()), page(meeting), cancelLink });
		}
		else {
			send(registration, meeting, WAITING, null, (to) -> new Object[] { to.name(), meeting.title(),
					when(meeting, to.language()), page(meeting), cancelLink, placeInLine });
		}
	}

	/**
	 * The mail that tells someone on the waiting list they have a seat now, with a new
	 * cancellation link (the one in their waiting-list mail was replaced).
	 */
	void promoted(Registration registration, Meeting meeting, String cancelSecret, Instant now) {
		String cancelLink = this.dispatch.link("/registrations/" + cancelSecret + "/cancel");
		send(registration, meeting, PROMOTED, invitation(meeting, now), (to) -> new Object[] { to.name(),
				meeting.title(), when(meeting, to.language()), page(meeting), cancelLink });
	}

	/** The mail that tells someone registered that the meeting was called off. */
	void meetingCancelled(Registration registration, Meeting meeting, Instant now) {
		send(registration, meeting, MEETING_CANCELLED, invitation(meeting, now),
				(to) -> new Object[] { to.name(), meeting.title(), when(meeting, to.language()),
						(meeting.cancelReason() != null) ? meeting.cancelReason() : "" });
	}

	/**
	 * The reminder before the meeting.
	 * @return true when the registration has an address to send it to
	 */
	boolean reminder(Registration registration, Meeting meeting) {
		return send(registration, meeting, REMINDER, null,
				(to) -> new Object[] { to.name(), meeting.title(), when(meeting, to.language()), page(meeting) });
	}

	private boolean send(Registration registration, Meeting meeting, String kind, @Nullable MailAttachment attachment,
			java.util.function.Function<Addressee, Object[]> arguments) {
		Optional<Addressee> found = addressee(registration);
		if (found.isEmpty()) {
			return false;
		}
		Addressee to = found.get();
		List<Object> args = new ArrayList<>(List.of(arguments.apply(to)));
		args.add(this.properties.name());
		String subject = this.messages.getMessage(kind + ".subject", new Object[] { meeting.title() }, to.language());
		String text = this.messages.getMessage(kind + ".text", args.toArray(), to.language());
		this.dispatch.sendAfterCommit(
				new OutgoingMail(to.email(), subject, text, (attachment != null) ? List.of(attachment) : List.of()),
				kind);
		return true;
	}

	private Optional<Addressee> addressee(Registration registration) {
		if (registration.personId() != null) {
			return this.accounts.find(registration.personId())
				.filter((person) -> person.email() != null && !person.erased())
				.map((person) -> new Addressee(person.email(), person.displayName(), language(person)));
		}
		if (registration.email() == null) {
			return Optional.empty();
		}
		Locale language = (registration.language() != null) ? registration.language()
				: this.properties.defaultLanguage();
		return Optional.of(new Addressee(registration.email(),
				(registration.name() != null) ? registration.name() : registration.email(), language));
	}

	private Locale language(PersonSummary person) {
		return (person.preferredLanguage() != null) ? person.preferredLanguage() : this.properties.defaultLanguage();
	}

	private MailAttachment invitation(Meeting meeting, Instant now) {
		String method = (meeting.state() == MeetingState.CANCELLED) ? "CANCEL" : "REQUEST";
		return new MailAttachment(INVITATION_NAME, CalendarFiles.CONTENT_TYPE + "; method=" + method,
				this.calendars.invitation(meeting, meeting.onlineLink(), now));
	}

	private String page(Meeting meeting) {
		return this.dispatch.link("/meetings/" + meeting.id());
	}

	private static String when(Meeting meeting, Locale language) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(language);
		return meeting.start().format(day) + " (" + meeting.zone().getDisplayName(TextStyle.FULL, language) + ")";
	}

	private record Addressee(String email, String name, Locale language) {
	}

}
