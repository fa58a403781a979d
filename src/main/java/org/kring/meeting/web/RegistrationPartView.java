package org.kring.meeting.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.RegistrationState;

/**
 * What the registration part of a meeting's page shows one reader.
 *
 * @param meetingId the meeting
 * @param capacity the seats, or null for no limit
 * @param confirmed how many have a seat
 * @param waiting how many are on the waiting list
 * @param own the reader's own registration state, or null when they have none (or
 * cancelled it)
 * @param placeInLine the reader's place on the waiting list, from 1, or 0
 * @param onlineLink the link to join, for people with a seat and facilitators, else null
 * @param closedKey the message key telling why registration is closed now, or null when
 * it is open
 * @param mayRegister whether the reader may register themselves
 * @param visitorForm whether to show the form for visitors without an account
 * @param questions the questions asked, as form field names
 * @param facilitator whether the reader facilitates the meeting
 * @param nicknameForm whether to show the facilitators' form to register a participant by
 * nickname (also outside the registration window, until the meeting starts)
 * @param registrations the list facilitators see, in order
 * @param started whether the meeting started (attendance can be recorded)
 */
public record RegistrationPartView(UUID meetingId, @Nullable Integer capacity, long confirmed, long waiting,
		@Nullable RegistrationState own, long placeInLine, @Nullable String onlineLink, @Nullable String closedKey,
		boolean mayRegister, boolean visitorForm, List<String> questions, boolean facilitator, boolean nicknameForm,
		List<Row> registrations, boolean started) {

	/**
	 * How many seats are left.
	 * @return the seats left, at least 0, or -1 for no limit
	 */
	public long seatsLeft() {
		return (this.capacity == null) ? -1 : Math.max(0, this.capacity - this.confirmed);
	}

	/**
	 * Whether every seat is taken.
	 * @return true when full
	 */
	public boolean full() {
		return this.capacity != null && this.confirmed >= this.capacity;
	}

	/**
	 * Where the forms of this part post to.
	 * @param suffix the rest of the path, such as {@code /cancel}, or empty
	 * @return the path
	 */
	public String action(String suffix) {
		return "/meetings/" + this.meetingId + "/registration" + suffix;
	}

	/**
	 * One registration in the facilitators' list.
	 *
	 * @param name the person's name or nickname
	 * @param state confirmed or waiting
	 * @param placeInLine the place on the waiting list, from 1, or 0 with a seat
	 * @param nickname whether registered by nickname by a facilitator
	 * @param withAccount whether the person has an account
	 */
	public record Row(String name, RegistrationState state, long placeInLine, boolean nickname, boolean withAccount) {

		/**
		 * The message key of the state.
		 * @return such as {@code registration.state.WAITING}
		 */
		public String stateKey() {
			return "registration.state." + this.state.name();
		}

	}

}
