package org.kring.result.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.Action;
import org.kring.result.internal.ActionStatus;

/**
 * A community's action agenda of one year: its actions, the soonest due first, with how
 * many there are in each status.
 *
 * @param community the community
 * @param year the agenda's year
 * @param actions the actions on it
 * @param view their owners' names, meetings and the day
 * @param previousYear the latest earlier year with actions, or null
 * @param nextYear the earliest later year with actions, or null
 * @param facilitator whether the reader puts actions on the agenda
 */
public record ActionAgendaPage(CommunitySummary community, int year, List<Action> actions, ActionView view,
		@Nullable Integer previousYear, @Nullable Integer nextYear, boolean facilitator) {

	/**
	 * The agenda's address in a year.
	 * @param year the year
	 * @return such as {@code /communities/gent/actions?year=2026}
	 */
	public String path(int year) {
		return basePath(this.community) + "?year=" + year;
	}

	public String newPath() {
		return basePath(this.community) + "/new?year=" + this.year;
	}

	public String reviewPath() {
		return basePath(this.community) + "/review?year=" + this.year;
	}

	public List<ActionStatus> statuses() {
		return List.of(ActionStatus.values());
	}

	/**
	 * How many actions of the agenda are in a status.
	 * @param status the status
	 * @return the number
	 */
	public long count(ActionStatus status) {
		return this.actions.stream().filter((action) -> action.status() == status).count();
	}

	static String basePath(CommunitySummary community) {
		return "/communities/" + community.slug() + "/actions";
	}

}
