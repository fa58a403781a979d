package org.kring.result.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingTitles;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionUpdate;

/**
 * An action of a public community's agenda as the API answers it. It never names its
 * owners, who may be people without legal residence: only how many there are.
 *
 * @param id the action's id
 * @param title what is to be done
 * @param description more about it, or null
 * @param status {@code planned}, {@code in_progress}, {@code done} or {@code dropped}
 * @param dropReason why it was dropped, or null
 * @param dueOn its due date as {@code YYYY-MM-DD}, or null
 * @param overdue whether it is open and its due date passed
 * @param progress how far along, from 0 to 100
 * @param owners how many owners it has
 * @param needsOwner whether it is open and waits for an owner
 * @param meeting the meeting it came from, or null
 * @param theme the theme of that meeting, or null
 * @param updates its progress updates, the newest first
 */
public record ActionJson(String id, String title, @Nullable String description, String status,
		@Nullable String dropReason, @Nullable String dueOn, boolean overdue, int progress, int owners,
		boolean needsOwner, @Nullable Meeting meeting, @Nullable String theme, List<Update> updates) {

	static ActionJson of(Action action, ActionView view, ZoneId zone, List<ActionUpdate> updates) {
		MeetingTitles.Titled meeting = view.meeting(action);
		return new ActionJson(action.id().toString(), action.title(), action.description(),
				action.status().name().toLowerCase(Locale.ROOT), action.dropReason(),
				(action.dueOn() != null) ? action.dueOn().toString() : null, view.overdue(action), action.progress(),
				action.owners().size(), view.needsOwner(action),
				(meeting != null) ? new Meeting(meeting.id().toString(), meeting.title(),
						LocalDate.ofInstant(meeting.startsAt(), zone).toString()) : null,
				action.origin().theme(),
				updates.stream()
					.map((update) -> new Update(update.updateOn().toString(), update.text(), update.percentage()))
					.toList());
	}

	/**
	 * The meeting an action came from.
	 *
	 * @param id its id
	 * @param title its title
	 * @param date the day it was held, {@code YYYY-MM-DD}
	 */
	public record Meeting(String id, String title, String date) {
	}

	/**
	 * A progress update.
	 *
	 * @param date the day it reports on, {@code YYYY-MM-DD}
	 * @param text what happened
	 * @param percentage how far along, from 0 to 100
	 */
	public record Update(String date, String text, int percentage) {
	}

}
