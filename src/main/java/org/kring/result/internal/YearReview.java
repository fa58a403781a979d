package org.kring.result.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingTitles;

/**
 * What became of every action on a community's agenda of one year, with its updates, and
 * how many ended up in each state.
 *
 * @param year the agenda's year
 * @param actions the actions, in the order they were put on the agenda
 * @param counts how many actions are in each state
 */
public record YearReview(int year, List<Reviewed> actions, Counts counts) {

	/**
	 * An action as the review tells of it.
	 *
	 * @param id the action
	 * @param title what was to be done
	 * @param description more about it, or null
	 * @param status where it stands
	 * @param overdue whether it is still open after its due date
	 * @param dropReason why it was dropped, or null
	 * @param owners the display names of its owners
	 * @param needsOwner whether its last owner left
	 * @param dueOn by when, or null
	 * @param progress how far along it got, in percent
	 * @param meeting the meeting it came from, or null
	 * @param theme the meeting's theme, or null
	 * @param updates its progress updates, oldest first
	 */
	public record Reviewed(UUID id, String title, @Nullable String description, ActionStatus status, boolean overdue,
			@Nullable String dropReason, List<String> owners, boolean needsOwner, @Nullable LocalDate dueOn,
			int progress, MeetingTitles.@Nullable Titled meeting, @Nullable String theme, List<Update> updates) {

		/**
		 * The address of the action's page.
		 * @return such as {@code /actions/…}
		 */
		public String path() {
			return "/actions/" + this.id;
		}

		/**
		 * The newest progress update.
		 * @return it, or null when there is none
		 */
		public @Nullable Update lastUpdate() {
			return this.updates.isEmpty() ? null : this.updates.get(this.updates.size() - 1);
		}

	}

	/**
	 * A progress update.
	 *
	 * @param on the day it tells of
	 * @param text what happened
	 * @param percentage how far along the action was, in percent
	 */
	public record Update(LocalDate on, String text, int percentage) {
	}

	/**
	 * How many actions of the year are in each state; an overdue action counts also as
	 * planned or in progress.
	 *
	 * @param done the done ones
	 * @param inProgress the ones in progress
	 * @param planned the planned ones
	 * @param dropped the dropped ones
	 * @param overdue the open ones past their due date
	 */
	public record Counts(long done, long inProgress, long planned, long dropped, long overdue) {

		static Counts of(List<Reviewed> actions) {
			return new Counts(count(actions, ActionStatus.DONE), count(actions, ActionStatus.IN_PROGRESS),
					count(actions, ActionStatus.PLANNED), count(actions, ActionStatus.DROPPED),
					actions.stream().filter(Reviewed::overdue).count());
		}

		private static long count(List<Reviewed> actions, ActionStatus status) {
			return actions.stream().filter((action) -> action.status() == status).count();
		}

	}

}
